/**
 * Carry out a layout plan (src/layout) on an ExcelJS worksheet: values, fonts, borders, fills,
 * merges, widths, heights, print setup, conditional formats, data validation, protection and the
 * hidden marker column. Browser-safe.
 */
import * as ExcelJS from 'exceljs';
import { a1, columnLetters } from '../grid/address';
import type { MergeRange } from '../grid/types';
import type { CellStyle, SheetLayout } from '../layout/types';

/** Windows charset id of GB2312 fonts: lets Excel pick the right face for 宋体/仿宋/黑体. */
const GB2312_CHARSET = 134;
/** OOXML paper size code of A4. */
const PAPER_A4 = 9;

function argb(rgb: string): string {
  return `FF${rgb.toUpperCase()}`;
}

function rangeRef(r: MergeRange): string {
  const tl = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${a1(r.bottom, r.right)}`;
}

function isCjkFontName(name: string): boolean {
  return /[\u4e00-\u9fff]/.test(name);
}

/** ExcelJS style of a role. Text-entry cells of the 填报 line are formatted as text ('@') so a phone number keeps its leading 0. */
function excelStyle(style: CellStyle, textFormat: boolean): Partial<ExcelJS.Style> {
  const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
  const font: Partial<ExcelJS.Font> = { name: style.font.name, size: style.font.size };
  if (style.font.bold) font.bold = true;
  if (style.font.color) font.color = { argb: argb(style.font.color) };
  if (isCjkFontName(style.font.name)) font.charset = GB2312_CHARSET;
  const out: Partial<ExcelJS.Style> = {
    font,
    alignment: { horizontal: style.horizontal, vertical: style.vertical, wrapText: style.wrap },
    protection: { locked: style.locked },
  };
  if (style.border === 'thin') out.border = { top: thin, left: thin, bottom: thin, right: thin };
  if (style.border === 'bottom') out.border = { bottom: thin };
  if (style.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (textFormat) out.numFmt = '@';
  return out;
}

/**
 * Write `layout` into `ws` (expected empty). Coordinates of the plan are 0-based; ExcelJS rows and
 * columns are 1-based. The sheet ends protected without a password.
 * @throws Error from ExcelJS when the worksheet already has merges overlapping the plan's.
 */
export function writeLayout(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  layout.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    if (c.hidden) column.hidden = true;
  });
  layout.rowHeights.forEach((h, r) => {
    ws.getRow(r + 1).height = h;
  });

  for (const cell of layout.cells) {
    const style = excelStyle(layout.styles[cell.role], cell.role === 'fieldInput');
    const area = cell.merge || { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
    // Style every cell of a merged area so borders and fills cover all of it in every spreadsheet program.
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) ws.getCell(r + 1, c + 1).style = { ...style };
    }
    if (cell.value !== null) ws.getCell(cell.row + 1, cell.col + 1).value = cell.value;
    if (cell.merge) ws.mergeCellsWithoutStyle(area.top + 1, area.left + 1, area.bottom + 1, area.right + 1);
  }

  const alert: ExcelJS.Style['fill'] = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(layout.alertStyle.fill) } };
  layout.conditionalFormats.forEach((rule, i) => {
    ws.addConditionalFormatting({
      ref: rangeRef(rule.range),
      rules: [
        {
          type: 'expression',
          priority: i + 1,
          formulae: [rule.formula],
          style: { fill: alert, font: { color: { argb: argb(layout.alertStyle.fontColor) } } },
        },
      ],
    });
  });

  // `dataValidations` (range-keyed) exists at run time but is missing from ExcelJS's typings.
  const validations = (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of layout.validations) {
    validations.add(rangeRef(v.range), {
      type: v.type,
      operator: v.operator,
      allowBlank: v.allowBlank,
      formulae: v.formulae.slice(),
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: v.errorTitle,
      error: v.error,
    });
  }

  const m = layout.print.margins;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER_A4,
    orientation: layout.print.orientation,
    fitToPage: true,
    fitToWidth: layout.print.fitToWidth,
    fitToHeight: layout.print.fitToHeight,
    horizontalCentered: layout.print.horizontalCentered,
    margins: { left: m.left, right: m.right, top: m.top, bottom: m.bottom, header: m.header, footer: m.footer },
    // ExcelJS prefixes each corner with '$' only before the column: 'A$1' becomes the absolute '$A$1'.
    printArea: `${columnLetters(layout.print.area.left)}$${layout.print.area.top + 1}:${columnLetters(layout.print.area.right)}$${layout.print.area.bottom + 1}`,
  };
  // A break "after row N" in ExcelJS/OOXML starts the page at row N+1 (1-based) = 0-based N.
  for (const r of layout.print.pageBreaksBefore) if (r > 0) ws.getRow(r).addPageBreak();

  ws.views = [{ state: 'normal', showGridLines: false }];

  const p = layout.protection;
  // protect() sets the protection synchronously (its Promise executor runs at once); no password.
  void ws.protect('', {
    selectLockedCells: p.allowSelectLocked,
    selectUnlockedCells: p.allowSelectUnlocked,
    formatColumns: p.allowFormatColumns,
    formatRows: p.allowFormatRows,
  });
}
