/**
 * How many cells an A1 reference covers, as written in sheet XML (mergeCell/@ref, dataValidation/@sqref,
 * dimension/@ref) and in defined names: A1, $A$1:$C$9, A:C (whole columns), 2:5 (whole rows), with or
 * without a sheet prefix. Used by the preflight to price what ExcelJS would expand cell by cell.
 */

/** Rows and columns of a worksheet (Excel 2007 and later). */
export const EXCEL_MAX_ROWS = 1048576;
export const EXCEL_MAX_COLUMNS = 16384;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function columnNumber(letters: string): number {
  let n = 0;
  const upper = letters.toUpperCase();
  for (let i = 0; i < upper.length; i++) n = n * 26 + (upper.charCodeAt(i) - 64);
  return n;
}

/** One end of a range as [row, column] (1-based), a whole column [undefined, col] or a whole row [row, undefined]. */
function corner(text: string): [number | undefined, number | undefined] | undefined {
  let m = CELL.exec(text);
  if (m) return [parseInt(m[2], 10), columnNumber(m[1])];
  m = COLUMN.exec(text);
  if (m) return [undefined, columnNumber(m[1])];
  m = ROW.exec(text);
  if (m) return [parseInt(m[1], 10), undefined];
  return undefined;
}

/**
 * Cells covered by one reference ("A1", "B2:D9", "A:A", "3:3", "Sheet1!$A$1:$B$2"); 0 when it is not
 * an A1 reference (a formula, #REF!). Corners beyond Excel's grid count as far as they claim: the
 * number is a price, not a validation.
 */
export function referenceCells(reference: string): number {
  const bang = reference.lastIndexOf('!');
  const ref = (bang >= 0 ? reference.slice(bang + 1) : reference).trim();
  const parts = ref.split(':');
  if (parts.length > 2) return 0;
  const a = corner(parts[0]);
  const b = parts.length === 2 ? corner(parts[1]) : a;
  if (!a || !b) return 0;
  const rows = a[0] === undefined || b[0] === undefined ? EXCEL_MAX_ROWS : Math.abs(b[0] - a[0]) + 1;
  const columns = a[1] === undefined || b[1] === undefined ? EXCEL_MAX_COLUMNS : Math.abs(b[1] - a[1]) + 1;
  return rows * columns;
}

/** Cells covered by a space-separated list of references (dataValidation/@sqref: "A1:A9 C1:C9"). */
export function referenceListCells(list: string): number {
  let total = 0;
  const parts = list.split(/\s+/);
  for (const part of parts) if (part !== '') total += referenceCells(part);
  return total;
}
