/**
 * The consolidation written as an .xlsx workbook (ExcelJS; browser-safe, no Node APIs):
 * - 全市汇总: the official layout of src/layout, written by src/xlsx's `writeLayout`, filled with the
 *   summed figures; figures fed by an input summed although invalid carry a cell note naming the units;
 * - 汇总明细 and 来源清单: the plans of ./sheets.ts.
 * Text copied from inputs is written as a string cell with the text number format '@': a unit named
 * "=1+1" or "@SUM(A1)" is shown as typed and never becomes a formula (checked by reading the file back).
 */
import * as ExcelJS from 'exceljs';
import { getFormat } from '../formats';
import { columnLetters } from '../grid/address';
import { buildLayout, ROLE_STYLES } from '../layout';
import type { Lang } from '../rules/types';
import { workbookBytes, writeLayout } from '../xlsx';
import { breakdownPlan, sourcesPlan, SUMMARY_SHEET } from './sheets';
import type { PlanCell, PlanRole, SheetPlan } from './sheets';
import type { ConsolidationResult } from './types';

/** Options of the output workbook. */
export interface ConsolidationWorkbookOptions {
  /** 填报单位 printed on 全市汇总 (e.g. 淮安市人民政府办公室); default none. */
  readonly unit?: string;
  /** Language of the product's own headings (official labels are always Chinese). Default zh. */
  readonly lang?: Lang;
}

const FONT = ROLE_STYLES.rowLabel.font.name;
const HEADER_FILL = 'FFF2F2F2';
const BAD_FILL = 'FFFFE5E5';
const SUSPECT_FILL = 'FFFFC7CE';
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };

/** ExcelJS style of a role; `isText` centres a text in a number role (the 合计 label). */
function roleStyle(role: PlanRole, isText = false): Partial<ExcelJS.Style> {
  const font: Partial<ExcelJS.Font> = { name: FONT, size: role === 'title' ? 14 : 10, bold: role === 'title' || role === 'header' || role === 'total' || role === 'subheading' };
  if (role === 'status-bad') font.color = { argb: 'FF9C0006' };
  const numeric = (role === 'value' || role === 'total') && !isText;
  const style: Partial<ExcelJS.Style> = {
    font,
    alignment: {
      vertical: 'middle',
      horizontal: role === 'header' || (role === 'total' && isText) ? 'center' : numeric ? 'right' : 'left',
      wrapText: role === 'header' || role === 'label',
    },
  };
  if (role !== 'title' && role !== 'info' && role !== 'subheading') {
    style.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (role === 'header' || role === 'total') style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  return style;
}

function flagFill(flag: 'invalid' | 'suspect'): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: flag === 'suspect' ? SUSPECT_FILL : BAD_FILL } };
}

/** Write one plan cell. Copied text: string value + '@' format, never a formula. */
function writeCell(ws: ExcelJS.Worksheet, row: number, col: number, cell: PlanCell): void {
  const target = ws.getCell(row + 1, col + 1);
  if (cell === null) return;
  if ('text' in cell) {
    const style: Partial<ExcelJS.Style> = { ...roleStyle(cell.role, true), numFmt: '@' };
    if (cell.flag) style.fill = flagFill(cell.flag);
    target.style = style;
    // A plain string is a shared-string cell in ExcelJS; it is never parsed as a formula.
    target.value = cell.text;
    return;
  }
  if ('number' in cell) {
    const style = roleStyle(cell.role);
    if (cell.flag) style.fill = flagFill(cell.flag);
    target.style = style;
    target.value = cell.number;
    return;
  }
  target.style = roleStyle(cell.role);
  const letter = columnLetters(col);
  target.value = { formula: `SUM(${letter}${cell.sum.top + 1}:${letter}${cell.sum.bottom + 1})`, result: cell.value };
}

/** Plans at most this many columns wide print scaled to one page wide. */
const NARROW_PLAN_COLUMNS = 20;

/** Carry out a sheet plan on a new worksheet of `wb`. */
export function writeSheetPlan(wb: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(plan.name);
  plan.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const r of Object.keys(plan.heights)) ws.getRow(Number(r) + 1).height = plan.heights[Number(r)];
  plan.rows.forEach((row, r) => row.forEach((cell, c) => writeCell(ws, r, c, cell)));
  for (const m of plan.merges) ws.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  ws.views = [{ state: 'frozen', xSplit: plan.frozen.columns, ySplit: plan.frozen.rows }];
  // Printed: A4 landscape, the frozen header rows and columns repeated on every page. A plan of a few
  // columns (来源清单) is scaled to one page wide; 汇总明细 (200+ figure columns) cannot be and runs on.
  const narrow = plan.widths.length <= NARROW_PLAN_COLUMNS;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    ...(narrow ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    printTitlesRow: plan.frozen.rows > 0 ? `1:${plan.frozen.rows}` : undefined,
    printTitlesColumn: plan.frozen.columns > 0 ? `A:${columnLetters(plan.frozen.columns - 1)}` : undefined,
  };
  return ws;
}

/**
 * The three sheets of a consolidation in a new workbook: 全市汇总 (official layout with the summed
 * figures), 汇总明细, 来源清单.
 * @throws Error from `buildLayout` if the summary does not fit its format (a defect, not bad input).
 */
export function consolidationWorkbook(result: ConsolidationResult, options: ConsolidationWorkbookOptions = {}): ExcelJS.Workbook {
  const lang = options.lang || 'zh';
  const format = getFormat(result.format);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'nianbao';
  wb.created = new Date(result.consolidatedAt);

  const layout = buildLayout(format, { unit: options.unit, year: result.year, figures: result.summary });
  const summary = wb.addWorksheet(SUMMARY_SHEET);
  writeLayout(summary, layout);
  const flagged: Record<string, { invalid: readonly string[]; suspect: readonly string[] }> = {};
  for (const f of result.figures) if (f.invalidUnits.length > 0) flagged[f.key] = { invalid: f.invalidUnits, suspect: f.suspectUnits };
  for (const input of layout.inputs) {
    const flag = flagged[input.key];
    if (!flag) continue;
    const note =
      lang === 'zh'
        ? `含有错误报表的数据：${flag.invalid.join('、')}` + (flag.suspect.length ? `；其错误涉及本格：${flag.suspect.join('、')}` : '')
        : `Includes inputs with errors: ${flag.invalid.join(', ')}` + (flag.suspect.length ? `; their errors name this cell: ${flag.suspect.join(', ')}` : '');
    summary.getCell(input.row + 1, input.col + 1).note = note;
  }

  writeSheetPlan(wb, breakdownPlan(result, lang));
  writeSheetPlan(wb, sourcesPlan(result, format.source, lang));
  return wb;
}

/** The .xlsx bytes of `consolidationWorkbook(result, options)` (a download in the browser, a file in Node). */
export async function consolidationWorkbookBytes(result: ConsolidationResult, options: ConsolidationWorkbookOptions = {}): Promise<Uint8Array> {
  return workbookBytes(consolidationWorkbook(result, options));
}
