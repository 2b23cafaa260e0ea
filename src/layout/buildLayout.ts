/**
 * format → the plan of one worksheet holding the official tables 二、三、四.
 *
 * Order on the sheet: title ({unit}{year}年度政府信息公开工作年度报告统计表), the format line, the
 * 填报单位/填报人/联系电话/填报日期 line, then each section heading (verbatim from
 * `format.sectionHeadings`) followed by its tables. Labels are looked up from src/formats.
 */
import type { FormatDef, TableDef } from '../formats/types';
import type { MergeRange } from '../grid/types';
import type { ReportFigures } from '../rules/types';
import { writeApplicationsTable } from './applicationsBlock';
import { GRID_COLUMN_WIDTH, MARKER_COLUMN_WIDTH, sheetGeometry } from './geometry';
import { balanceRules, totalRules, validationRules } from './liveChecks';
import { markerText, TEMPLATE_VERSION } from './marker';
import { writeProactiveDisclosureTable } from './proactiveDisclosureBlock';
import { writeReviewLitigationTable } from './reviewLitigationBlock';
import { rowArea, SheetBuilder } from './sheetBuilder';
import { ALERT_STYLE, ROLE_STYLES } from './styles';
import { cleanUnitName, FIELD_LABELS, subtitleText, TEMPLATE_SHEET_NAME, titleText } from './templateText';
import { deriveBalance, deriveTotals } from './totals';
import type { FieldCell, InputCell, LayoutCell, SectionPlacement, SheetLayout, TablePlacement } from './types';

/** Options of `buildLayout`. */
export interface LayoutOptions {
  /** 填报单位 name; printed in the title and the 填报单位 cell (control characters removed, ≤ 100 characters). */
  readonly unit?: string;
  /** Report year (four digits), printed in the title. */
  readonly year?: number;
  /** Figures to fill in (e.g. a consolidated 全市汇总); must be of the same format. */
  readonly figures?: ReportFigures;
}

const TITLE_HEIGHT = 36;
const SUBTITLE_HEIGHT = 18;
const FIELD_HEIGHT = 20;
const HEADING_HEIGHT = 24;
const CAPTION_HEIGHT = 20;
const HEADER_MIN_HEIGHT = 20;
const GAP_HEIGHT = 8;

function checkYear(year: number | undefined): void {
  if (year === undefined) return;
  if (!(Math.floor(year) === year && year >= 1000 && year <= 9999)) throw new Error(`报告年度应为四位数的年份，收到：${year}`);
}

function writeFields(b: SheetBuilder, row: number, width: number, unit: string | undefined): FieldCell[] {
  // Two pairs per line: 填报单位 | 填报人, then 联系电话 | 填报日期.
  const secondLeft = Math.floor(width * 0.6);
  const pairs: { field: FieldCell['field']; line: number; left: number; right: number }[] = [
    { field: 'unit', line: 0, left: 0, right: secondLeft - 2 },
    { field: 'filler', line: 0, left: secondLeft, right: width - 1 },
    { field: 'phone', line: 1, left: 0, right: secondLeft - 2 },
    { field: 'date', line: 1, left: secondLeft, right: width - 1 },
  ];
  return pairs.map((p) => {
    const r = row + p.line;
    const label = FIELD_LABELS[p.field];
    const labelRange = rowArea(r, p.left, p.left + 1);
    const valueRange = rowArea(r, p.left + 2, p.right);
    const value = p.field === 'unit' && unit !== undefined ? unit : null;
    b.put(labelRange, label, 'fieldLabel');
    b.put(valueRange, value, 'fieldInput');
    b.minHeight(r, FIELD_HEIGHT);
    return { field: p.field, label, labelRange, valueRange, value };
  });
}

function fillFigures(cells: LayoutCell[], inputs: readonly InputCell[], format: FormatDef, figures: ReportFigures | undefined): LayoutCell[] {
  if (!figures) return cells;
  if (figures.format !== format.id) throw new Error(`数据属于 ${figures.format} 年格式，不能写入 ${format.id} 年格式的统计表`);
  const byKey = new Map<string, InputCell>();
  for (const input of inputs) byKey.set(input.key, input);
  const values = new Map<string, number | null>();
  for (const key of Object.keys(figures.cells)) {
    const input = byKey.get(key);
    if (!input) throw new Error(`数据 ${key} 不属于 ${format.id} 年格式的统计表`);
    const value = figures.cells[key].value;
    if (value !== null && !(typeof value === 'number' && isFinite(value))) throw new Error(`数据 ${key} 不是有效数字：${String(value)}`);
    values.set(`${input.row},${input.col}`, value);
  }
  return cells.map((c) => {
    const key = `${c.row},${c.col}`;
    return (c.role === 'input' || c.role === 'total') && values.has(key) ? { ...c, value: values.get(key) as number | null } : c;
  });
}

/**
 * Plan of the worksheet holding `format`'s tables 二、三、四 (all coordinates 0-based).
 * @param format `format2019` or `format2021` (src/formats).
 * @param options unit and year for the title and the marker; figures to fill in (by `refKey`, in
 *   件/项, amounts in 万元).
 * @throws Error when `year` is not a four-digit year, or when `figures` belong to another format,
 *   name a figure the format does not have, or hold a non-finite number.
 */
export function buildLayout(format: FormatDef, options: LayoutOptions = {}): SheetLayout {
  checkYear(options.year);
  const unit = cleanUnitName(options.unit);
  const year = options.year;
  const geo = sheetGeometry(format);
  const width = geo.width;
  const columnWidths: number[] = [];
  for (let c = 0; c < width; c++) columnWidths.push(GRID_COLUMN_WIDTH);
  const b = new SheetBuilder(columnWidths);

  let row = 0;
  b.put(rowArea(row, 0, width - 1), titleText(unit, year), 'title');
  b.minHeight(row++, TITLE_HEIGHT);
  b.put(rowArea(row, 0, width - 1), subtitleText(format), 'subtitle');
  b.minHeight(row++, SUBTITLE_HEIGHT);
  const fields = writeFields(b, row, width, unit);
  row += 2;

  const sections: SectionPlacement[] = [];
  const tables: TablePlacement[] = [];
  const pageBreaksBefore: number[] = [];
  for (const heading of format.sectionHeadings) {
    const sectionTables: TableDef[] = format.tables.filter((t) => t.section === heading);
    if (sectionTables.length === 0) continue;
    b.minHeight(row++, GAP_HEIGHT);
    // Each section after the first starts a printed page: 表三 alone nearly fills an A4 landscape
    // page, so a section never breaks across two pages (see geometry.ts for the width that ensures it).
    if (sections.length > 0) pageBreaksBefore.push(row);
    b.put(rowArea(row, 0, width - 1), heading, 'sectionHeading');
    sections.push({ heading, row });
    b.minHeight(row++, HEADING_HEIGHT);
    for (const table of sectionTables) {
      let placed: TablePlacement;
      if (table.id === 't3_applications') placed = writeApplicationsTable(b, geo, table, row);
      else if (table.id === 't4_review_litigation') placed = writeReviewLitigationTable(b, table, row, 0);
      else {
        placed = writeProactiveDisclosureTable(b, geo, table, row);
        b.minHeight(row, CAPTION_HEIGHT);
      }
      for (let r = placed.top; r < placed.top + placed.headerRows; r++) b.minHeight(r, HEADER_MIN_HEIGHT);
      tables.push(placed);
      row = placed.bottom + 1;
    }
  }
  const lastRow = row - 1;

  const inputs = b.inputs;
  const byKey = new Map<string, InputCell>();
  for (const input of inputs) byKey.set(input.key, input);
  const totals = deriveTotals(format);
  const balance = deriveBalance(format);
  const conditionalFormats = totalRules(totals, byKey).concat(balanceRules(balance, byKey));

  const marker = { product: 'nianbao' as const, format: format.id, templateVersion: TEMPLATE_VERSION, ...(unit !== undefined ? { unit } : {}), ...(year !== undefined ? { year } : {}) };
  const markerPlacement = { row: 0, col: width, text: markerText(marker), marker };
  b.put(rowArea(0, width, width), markerPlacement.text, 'marker');

  const area: MergeRange = { top: 0, left: 0, bottom: lastRow, right: width - 1 };
  const columns = columnWidths.map((w) => ({ width: w, hidden: false })).concat([{ width: MARKER_COLUMN_WIDTH, hidden: true }]);
  return {
    format: format.id,
    templateVersion: TEMPLATE_VERSION,
    ...(unit !== undefined ? { unit } : {}),
    ...(year !== undefined ? { year } : {}),
    sheetName: TEMPLATE_SHEET_NAME,
    width,
    columns,
    rowHeights: b.rowHeights(lastRow),
    cells: fillFigures(b.cells, inputs, format, options.figures),
    merges: b.merges,
    sections,
    tables,
    fields,
    inputs,
    totals,
    balance,
    conditionalFormats,
    validations: validationRules(inputs),
    print: {
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.4, bottom: 0.4, header: 0.25, footer: 0.25 },
      area,
      pageBreaksBefore,
    },
    protection: { password: null, allowFormatColumns: true, allowFormatRows: true, allowSelectLocked: true, allowSelectUnlocked: true },
    marker: markerPlacement,
    styles: ROLE_STYLES,
    alertStyle: ALERT_STYLE,
  };
}
