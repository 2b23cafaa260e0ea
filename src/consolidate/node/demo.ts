/**
 * The consolidation part of `npm run demo` (issue 3, 9): the real 淮安 2024 city figures split across 30
 * departmental workbooks (template and hand-made layouts), written to a folder, consolidated back from
 * the files, the output workbook written, and the result compared with the published figures cell for
 * cell. Node-only; the lead's src/cli/demo.ts calls `runHuaianDemo`.
 */
import * as path from 'path';
import { figureIndex } from '../figureIndex';
import { departmentSet } from '../demoSet';
import type { DepartmentLayout } from '../demoSet';
import { publishedReportFigures } from '../../examples/published';
import type { PublishedReportJson } from '../../examples/published';
import { consolidationText } from '../report';
import type { ConsolidationResult } from '../types';
import { writeDepartmentFiles } from './demoFiles';
import { consolidateFiles, writeConsolidationFile } from './files';

/** How each demo layout is described to the user. */
const LAYOUT_NAMES: Readonly<Record<DepartmentLayout, string>> = {
  template: '本工具模板',
  'template-renamed': '模板（工作表已改名）',
  handmade: '手工表（标签合并为一列、无合并单元格）',
  'handmade-noisy': '手工表（半角括号、标签内换行、左侧空列）',
  'handmade-sheets': '手工表（分三张工作表）',
  'extra-title': '手工表（多一行标题）',
};

/** What the demo did. */
export interface HuaianDemo {
  /** Departmental workbooks written (one per department). */
  readonly departmentFiles: readonly string[];
  /** The consolidated workbook (全市汇总, 汇总明细, 来源清单). */
  readonly output: string;
  readonly result: ConsolidationResult;
  /** Figures compared and those that differ from the published report ("label: published vs consolidated"). */
  readonly compared: number;
  readonly differences: readonly string[];
}

/**
 * Runs the 淮安 demo into `outDir`: `outDir/淮安市2024-各部门/*.xlsx` and `outDir/淮安市2024-全市汇总.xlsx`
 * (both replaced if present: the folder is the demo's own). Prints its progress through `log`.
 * @param json the published report (examples/huaian-2024.json)
 * @throws the consolidation's errors (none expected on this data) and file-system errors.
 */
export async function runHuaianDemo(
  json: PublishedReportJson,
  outDir: string,
  options: { departments?: number; log?: (line: string) => void } = {},
): Promise<HuaianDemo> {
  const log = options.log || ((line: string) => console.log(line));
  const published = publishedReportFigures(json);
  const set = departmentSet(published.figures, published.year, options.departments || 30);
  const dir = path.join(outDir, `淮安市${published.year}-各部门`);
  const departmentFiles = await writeDepartmentFiles(dir, set);
  const layouts: Record<string, number> = {};
  for (const d of set) layouts[d.layout] = (layouts[d.layout] || 0) + 1;
  log(`写出 ${set.length} 个部门的报表 → ${dir}`);
  log(`  版式：${Object.keys(layouts).map((k) => `${LAYOUT_NAMES[k as DepartmentLayout] || k} ${layouts[k]} 个`).join('，')}`);

  const { result } = await consolidateFiles([dir]);
  const output = path.join(outDir, `淮安市${published.year}-全市汇总.xlsx`);
  await writeConsolidationFile(output, result, { unit: '淮安市人民政府办公室', force: true });
  for (const line of consolidationText(result)) log(line);
  log(`写出汇总 → ${output}（全市汇总、汇总明细、来源清单）`);

  const index = figureIndex(result.format);
  const differences: string[] = [];
  for (const c of index.columns) {
    const expected = published.figures.cells[c.key].value;
    const got = result.summary.cells[c.key].value;
    if (expected !== got) differences.push(`${c.tableTitle} ${c.row} ${c.column}：公布 ${expected}，汇总 ${got}`);
  }
  const show = ['t3_applications/r1_new:c_total', 't3_applications/r3_7_total:c_total', 't3_applications/r4_carryout:c_total', 't2_art20_8/r_fees:c_fee_amount', 't4_review_litigation/r_count:c_review_total'];
  for (const key of show) {
    const c = index.columns[index.position[key]];
    log(`  ${c.tableTitle} ${c.row} ${c.column}${c.unit && c.column.indexOf(c.unit) < 0 ? `（${c.unit}）` : ''}：公布 ${published.figures.cells[key].value}，汇总 ${result.summary.cells[key].value}`);
  }
  log(
    differences.length === 0
      ? `逐格比对：${index.columns.length} 个数字全部与淮安市公布的 ${published.year} 年度数字一致。`
      : `逐格比对：${differences.length} 个数字与公布数字不一致：\n  ${differences.join('\n  ')}`,
  );
  return { departmentFiles, output, result, compared: index.columns.length, differences };
}
