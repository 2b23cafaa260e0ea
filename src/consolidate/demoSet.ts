/**
 * A realistic set of departmental workbooks for the demo and the benchmark: a published city report
 * (淮安 2024) split across departments (./splitReport.ts), each department's tables written either in
 * our template or laid out by hand the way clerks do (src/examples/handmade.ts): flattened row labels,
 * unmerged headers, half-width brackets and line breaks, tables spread over three sheets, a left margin,
 * an extra title row. Browser-safe (ExcelJS only); the Node writer is ./node/demoFiles.ts.
 */
import type * as ExcelJS from 'exceljs';
import { getFormat } from '../formats';
import type { ReportFigures } from '../rules/types';
import { handmadeSheets } from '../examples/handmade';
import type { HandmadeStyle, PlainSheet } from '../examples/handmade';
import { plainWorkbook } from '../examples/workbook';
import { templateWorkbook } from '../xlsx';
import { departmentWeights, splitReport } from './splitReport';

/** How a department's workbook is laid out. */
export type DepartmentLayout =
  /** our template (official layout, marker) */
  | 'template'
  /** our template on a sheet renamed to Sheet1 (recognised by labels and marker) */
  | 'template-renamed'
  /** typed by hand: title and 填报单位 line, flattened labels, no merges, all tables on one sheet */
  | 'handmade'
  /** by hand with half-width brackets and line breaks inside labels, two blank columns on the left */
  | 'handmade-noisy'
  /** by hand, one sheet per section (主动公开, 依申请公开, 复议诉讼) */
  | 'handmade-sheets'
  /** by hand, with an extra title row above the usual two */
  | 'extra-title';

/** One department of the set. */
export interface DepartmentReport {
  readonly unit: string;
  /** File name (no folder): the unit name + .xlsx. */
  readonly file: string;
  readonly layout: DepartmentLayout;
  readonly year: number;
  readonly figures: ReportFigures;
}

/**
 * Departments of a city government (淮安市 names, as on its 政府信息公开 site). Used in this order;
 * sets larger than the list continue with numbered offices (淮安市第31办公室…).
 */
export const CITY_DEPARTMENTS: readonly string[] = [
  '淮安市公安局', '淮安市市场监督管理局', '淮安市自然资源和规划局', '淮安市人力资源和社会保障局', '淮安市住房和城乡建设局',
  '淮安市生态环境局', '淮安市交通运输局', '淮安市卫生健康委员会', '淮安市教育局', '淮安市城市管理局',
  '淮安市发展和改革委员会', '淮安市财政局', '淮安市民政局', '淮安市司法局', '淮安市农业农村局',
  '淮安市水利局', '淮安市商务局', '淮安市文化广电和旅游局', '淮安市应急管理局', '淮安市医疗保障局',
  '淮安市工业和信息化局', '淮安市科学技术局', '淮安市退役军人事务局', '淮安市审计局', '淮安市统计局',
  '淮安市体育局', '淮安市数据局', '淮安市行政审批局', '淮安市信访局', '淮安市人民政府办公室',
];

/** Layouts in turn: two thirds template, the rest each hand-made style (fixed, so the set is reproducible). */
const PATTERN: readonly DepartmentLayout[] = [
  'template', 'template', 'handmade', 'template', 'template', 'template-renamed', 'template', 'handmade-noisy',
  'template', 'template', 'handmade-sheets', 'template', 'template', 'extra-title', 'template',
];

/** Unit name of the i-th department (0-based) of a set. */
export function departmentName(i: number): string {
  return i < CITY_DEPARTMENTS.length ? CITY_DEPARTMENTS[i] : `淮安市第${i + 1}办公室`;
}

/**
 * `count` departments whose figures add up to `city` cell for cell, each valid on its own.
 * @param city the city report's figures (e.g. `publishedReportFigures(huaian).figures`)
 * @param year the report year printed in every workbook
 */
export function departmentSet(city: ReportFigures, year: number, count: number, seed = 2024): DepartmentReport[] {
  const parts = splitReport(city, departmentWeights(count, seed), seed);
  return parts.map((figures, i) => {
    const unit = departmentName(i);
    return { unit, file: `${unit}.xlsx`, layout: PATTERN[i % PATTERN.length], year, figures };
  });
}

const HANDMADE_STYLES: Partial<Record<DepartmentLayout, HandmadeStyle>> = {
  handmade: {},
  'handmade-noisy': { halfWidthBrackets: true, wrapLabels: true, leftMargin: 2 },
  'handmade-sheets': { sheetPerSection: true },
  'extra-title': {},
};

/** The workbook a department would send. */
export function departmentWorkbook(d: DepartmentReport): ExcelJS.Workbook {
  const format = getFormat(d.figures.format);
  if (d.layout === 'template' || d.layout === 'template-renamed') {
    const wb = templateWorkbook(format, { unit: d.unit, year: d.year, figures: d.figures });
    if (d.layout === 'template-renamed') wb.worksheets[0].name = 'Sheet1';
    return wb;
  }
  const values: Record<string, number | null> = {};
  for (const key of Object.keys(d.figures.cells)) values[key] = d.figures.cells[key].value;
  let sheets: PlainSheet[] = handmadeSheets(format, values, { unit: d.unit, year: d.year }, HANDMADE_STYLES[d.layout]);
  if (d.layout === 'extra-title') {
    // A covering line above the title, as when a department pastes its tables under a letterhead.
    sheets = sheets.map((s) => ({ name: s.name, rows: [[`${d.unit}关于报送${d.year}年度政府信息公开工作年度报告的函（附表）`], ...s.rows] }));
  }
  return plainWorkbook(sheets);
}
