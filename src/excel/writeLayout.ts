/// <reference types="office-js" />
/**
 * Carries out a layout plan (src/layout `SheetLayout`) on an Office.js worksheet, queued only: the
 * caller syncs once. ExcelApi 1.1 gives values, fonts, fills, borders, alignment, sizes; merged
 * headers fall back to centerAcrossSelection (one-row areas) where Range.merge (1.2) is missing.
 * Protection (1.2), hidden marker column (1.2), conditional formats (1.6), data validation (1.8)
 * and print setup (1.9) are added when `api` says the host has them.
 */
import { a1, columnLetters } from '../grid/address';
import type { MergeRange } from '../grid/types';
import type { CellStyle, LayoutCell, SheetLayout } from '../layout/types';
import type { ApiSupport } from './apiSupport';

/** A1 address of a 0-based area. */
export function areaAddress(area: MergeRange): string {
  const tl = a1(area.top, area.left);
  return area.top === area.bottom && area.left === area.right ? tl : `${tl}:${a1(area.bottom, area.right)}`;
}

/** Excel column width in character units (width of '0' in the default font) → points, as Excel converts it. */
export function characterWidthToPoints(width: number): number {
  const pixels = Math.floor(width * 7 + 5);
  return Math.round(pixels * 0.75 * 100) / 100;
}

const BORDER_EDGES: Excel.BorderIndex[] = ['EdgeTop' as Excel.BorderIndex, 'EdgeBottom' as Excel.BorderIndex, 'EdgeLeft' as Excel.BorderIndex, 'EdgeRight' as Excel.BorderIndex];

function applyStyle(range: Excel.Range, style: CellStyle, api: ApiSupport): void {
  const f = range.format;
  f.font.name = style.font.name;
  f.font.size = style.font.size;
  f.font.bold = !!style.font.bold;
  if (style.font.color) f.font.color = `#${style.font.color}`;
  f.horizontalAlignment = (style.horizontal === 'left' ? 'Left' : style.horizontal === 'right' ? 'Right' : 'Center') as Excel.HorizontalAlignment;
  f.verticalAlignment = (style.vertical === 'top' ? 'Top' : style.vertical === 'bottom' ? 'Bottom' : 'Center') as Excel.VerticalAlignment;
  f.wrapText = style.wrap;
  if (style.fill) f.fill.color = `#${style.fill}`;
  if (style.border === 'thin') {
    for (const edge of BORDER_EDGES) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous' as Excel.BorderLineStyle;
      b.weight = 'Thin' as Excel.BorderWeight;
      b.color = '#000000';
    }
  } else if (style.border === 'bottom') {
    const b = f.borders.getItem('EdgeBottom' as Excel.BorderIndex);
    b.style = 'Continuous' as Excel.BorderLineStyle;
    b.weight = 'Thin' as Excel.BorderWeight;
    b.color = '#000000';
  }
  if (api.protection) f.protection.locked = style.locked;
}

function areaOf(cell: LayoutCell): MergeRange {
  return cell.merge || { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
}

/** Text that Excel would take for a formula or a number unless the cell is formatted as text first. */
function needsTextFormat(value: string): boolean {
  return /^[=+\-@]/.test(value) || /^\s*[\d.,]+\s*$/.test(value);
}

/**
 * Queue the whole plan on `sheet` (a new, empty worksheet). No sync happens here.
 * Values go in one `values` matrix over the used area; formats per written cell or merged area.
 */
export function queueLayout(sheet: Excel.Worksheet, layout: SheetLayout, api: ApiSupport): void {
  let maxRow = 0;
  let maxCol = layout.columns.length - 1;
  for (const c of layout.cells) {
    const a = areaOf(c);
    if (a.bottom > maxRow) maxRow = a.bottom;
    if (a.right > maxCol) maxCol = a.right;
  }
  // Text cells that look like formulas or numbers are formatted as text before any value is written.
  for (const c of layout.cells) {
    if (typeof c.value === 'string' && needsTextFormat(c.value)) sheet.getRange(a1(c.row, c.col)).numberFormat = [['@']];
  }
  const matrix: Array<Array<string | number | null>> = [];
  for (let r = 0; r <= maxRow; r++) {
    const line: Array<string | number | null> = [];
    for (let c = 0; c <= maxCol; c++) line.push(null);
    matrix.push(line);
  }
  for (const c of layout.cells) if (c.value !== null && c.value !== undefined) matrix[c.row][c.col] = c.value;
  // null leaves a cell as it is (Office.js), so blank cells of the new sheet stay blank.
  sheet.getRange(`A1:${columnLetters(maxCol)}${maxRow + 1}`).values = matrix as unknown as never[][];

  for (let c = 0; c < layout.columns.length; c++) {
    const col = layout.columns[c];
    const range = sheet.getRange(`${columnLetters(c)}:${columnLetters(c)}`);
    if (col.hidden && api.hideColumns) {
      range.format.columnWidth = characterWidthToPoints(col.width);
      range.columnHidden = true;
    } else {
      range.format.columnWidth = col.hidden ? 0 : characterWidthToPoints(col.width);
    }
  }
  layout.rowHeights.forEach((h, r) => {
    if (h > 0) sheet.getRange(`${r + 1}:${r + 1}`).format.rowHeight = h;
  });

  for (const cell of layout.cells) {
    const area = areaOf(cell);
    const range = sheet.getRange(areaAddress(area));
    if (cell.merge) {
      if (api.merge) range.merge(false);
      else if (area.top === area.bottom) range.format.horizontalAlignment = 'CenterAcrossSelection' as Excel.HorizontalAlignment;
    }
    applyStyle(range, layout.styles[cell.role], api);
    if (cell.merge && !api.merge && area.top === area.bottom && layout.styles[cell.role].horizontal === 'center') {
      range.format.horizontalAlignment = 'CenterAcrossSelection' as Excel.HorizontalAlignment;
    }
  }

  if (api.conditionalFormats) {
    for (const rule of layout.conditionalFormats) {
      const cf = sheet.getRange(areaAddress(rule.range)).conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
      cf.custom.rule.formula = `=${rule.formula}`;
      cf.custom.format.fill.color = `#${layout.alertStyle.fill}`;
      cf.custom.format.font.color = `#${layout.alertStyle.fontColor}`;
    }
  }
  if (api.dataValidation) {
    for (const v of layout.validations) {
      const dv = sheet.getRange(areaAddress(v.range)).dataValidation;
      const basic: Excel.BasicDataValidation =
        v.operator === 'between'
          ? { formula1: v.formulae[0], formula2: v.formulae[1], operator: 'Between' as Excel.DataValidationOperator }
          : { formula1: v.formulae[0], operator: 'GreaterThanOrEqualTo' as Excel.DataValidationOperator };
      dv.rule = v.type === 'whole' ? { wholeNumber: basic } : { decimal: basic };
      dv.ignoreBlanks = true;
      dv.errorAlert = { showAlert: true, style: 'Stop' as Excel.DataValidationAlertStyle, title: v.errorTitle, message: v.error };
    }
  }
  if (api.pageLayout) {
    const p = sheet.pageLayout;
    p.orientation = 'Landscape' as Excel.PageOrientation;
    p.paperSize = 'A4' as Excel.PaperType;
    p.centerHorizontally = true;
    p.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    p.leftMargin = layout.print.margins.left * 72;
    p.rightMargin = layout.print.margins.right * 72;
    p.topMargin = layout.print.margins.top * 72;
    p.bottomMargin = layout.print.margins.bottom * 72;
    p.headerMargin = layout.print.margins.header * 72;
    p.footerMargin = layout.print.margins.footer * 72;
    p.setPrintArea(areaAddress(layout.print.area));
    for (const r of layout.print.pageBreaksBefore) sheet.horizontalPageBreaks.add(`A${r + 1}`);
  }
  if (api.protection) {
    sheet.protection.protect({
      allowFormatColumns: layout.protection.allowFormatColumns,
      allowFormatRows: layout.protection.allowFormatRows,
    });
  }
}
