/// <reference types="office-js" />
/**
 * A worksheet's used range → a `Grid` (src/grid), queued so that many sheets are read in ONE
 * context.sync(): `queueGridRead` only loads; `gridFromRead` builds the Grid after the sync.
 * ExcelApi 1.1: values, formulas, valueTypes (error cells) and numberFormat (dates); merged areas
 * when 1.13 is there. The used range is read, never whole columns (unbounded ranges return
 * values = null: issue 4792). Cells come out as the .xlsx reader (src/xlsx/cellValue.ts) gives them.
 */
import type { Grid, GridCell, MergeRange, RawValue } from '../grid/types';
import { parseA1 } from '../grid/address';
import type { ApiSupport } from './apiSupport';
import { dateFromSerial, isDateFormat } from './dateCells';

/** What was queued for one sheet. */
export interface PendingGridRead {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly merged?: Excel.RangeAreas;
}

/** Queue the loads of one sheet's name, id, used range values/formulas/types/number formats (and merges when supported). */
export function queueGridRead(sheet: Excel.Worksheet, api: ApiSupport): PendingGridRead {
  sheet.load('name,id');
  const used = sheet.getUsedRange();
  used.load('address,values,formulas,valueTypes,numberFormat,rowIndex,columnIndex,rowCount,columnCount');
  if (api.mergedAreas) {
    const merged = used.getMergedAreasOrNullObject();
    merged.load('areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount');
    return { sheet, used, merged };
  }
  return { sheet, used };
}

/** Top-left (0-based) of an address such as 'Sheet 1'!B3:H40 (ExcelApi 1.1 has no rowIndex on every host). */
export function topLeftOf(address: string): { row: number; col: number } {
  const bang = address.lastIndexOf('!');
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const first = local.split(':')[0];
  const p = parseA1(first);
  return { row: p.row, col: p.col };
}

/**
 * One cell as Office.js gives it → a GridCell, or null for an empty cell.
 * - a formula keeps its formula and its shown value; one that shows "" (=IF(..,"",..)) keeps '' — a
 *   blank, as the .xlsx reader gives it. Excel always has the result of a formula, so `noCachedValue`
 *   is never set here;
 * - error values (#REF!…) → `error`, value null;
 * - a number in a date-formatted cell → a Date (see dateCells.ts).
 */
export function toCell(value: unknown, formula: unknown, type: unknown, numberFormat?: unknown): GridCell | null {
  const f = typeof formula === 'string' && formula.charAt(0) === '=' ? formula.slice(1) : undefined;
  if (type === 'Error') {
    return f !== undefined ? { value: null, formula: f, error: String(value) } : { value: null, error: String(value) };
  }
  let v: RawValue;
  if (value === null || value === undefined) v = null;
  else if (value === '') v = f !== undefined ? '' : null;
  else if (typeof value === 'number') v = typeof numberFormat === 'string' && isDateFormat(numberFormat) ? dateFromSerial(value) : value;
  else if (typeof value === 'boolean' || typeof value === 'string') v = value;
  else v = String(value);
  if (v === null && f === undefined) return null;
  return f !== undefined ? { value: v, formula: f } : { value: v };
}

/**
 * The Grid of a sheet read by `queueGridRead`, after context.sync().
 * Cells sit at their sheet coordinates (row 0 = row 1), so addresses match what users see.
 */
export function gridFromRead(read: PendingGridRead): Grid {
  const used = read.used;
  const origin = typeof used.rowIndex === 'number' && typeof used.columnIndex === 'number' ? { row: used.rowIndex, col: used.columnIndex } : topLeftOf(used.address);
  const values = (used.values || []) as unknown[][];
  const formulas = (used.formulas || []) as unknown[][];
  const types = (used.valueTypes || []) as unknown[][];
  const numberFormats = (used.numberFormat || []) as unknown[][];
  const cells: Array<Array<GridCell | null>> = [];
  for (let r = 0; r < values.length; r++) {
    const row: Array<GridCell | null> = [];
    const vr = values[r] || [];
    for (let c = 0; c < vr.length; c++) {
      row[origin.col + c] = toCell(vr[c], formulas[r] ? formulas[r][c] : undefined, types[r] ? types[r][c] : undefined, numberFormats[r] ? numberFormats[r][c] : undefined);
    }
    cells[origin.row + r] = row;
  }
  const merges: MergeRange[] = [];
  const merged = read.merged;
  if (merged && !merged.isNullObject) {
    for (const a of merged.areas.items) {
      merges.push({ top: a.rowIndex, left: a.columnIndex, bottom: a.rowIndex + a.rowCount - 1, right: a.columnIndex + a.columnCount - 1 });
    }
  }
  for (let r = 0; r < cells.length; r++) if (!cells[r]) cells[r] = [];
  return { sheet: read.sheet.name, cells, merges };
}
