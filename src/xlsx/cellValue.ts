/**
 * One ExcelJS cell → one GridCell: what the spreadsheet shows, without interpretation.
 * - formula cells keep their formula and their cached result; no cached result → `noCachedValue`
 *   (value null), never 0;
 * - rich text and hyperlinks are flattened to their plain text;
 * - error values (#REF!, #DIV/0!…) → `error`, value null;
 * - dates stay Date objects (ExcelJS turns date-formatted numbers into Dates);
 * - the covered cells of a merged range are empty (the value lives in the top-left cell).
 */
import * as ExcelJS from 'exceljs';
import type { GridCell, RawValue } from '../grid/types';


function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && Array.isArray((value as { richText?: unknown }).richText)) {
    return (value as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join('');
  }
  return value === null || value === undefined ? '' : String(value);
}

/** A formula's cached result as a GridCell (formula kept). */
function formulaCell(formula: string, result: unknown): GridCell {
  if (result === undefined || result === null) return { value: null, formula, noCachedValue: true };
  if (typeof result === 'object' && !(result instanceof Date)) {
    const err = (result as { error?: string }).error;
    if (err !== undefined) return { value: null, formula, error: err };
    return { value: plainText(result), formula };
  }
  return { value: result as RawValue, formula };
}

/** The GridCell of an ExcelJS cell, or null for an empty or merged-over cell. */
export function toGridCell(cell: ExcelJS.Cell): GridCell | null {
  const value = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return null;
    case ExcelJS.ValueType.Number:
    case ExcelJS.ValueType.Boolean:
    case ExcelJS.ValueType.Date:
      return { value: value as number | boolean | Date };
    case ExcelJS.ValueType.String:
    case ExcelJS.ValueType.SharedString:
    case ExcelJS.ValueType.RichText:
      return { value: plainText(value) };
    case ExcelJS.ValueType.Hyperlink:
      return { value: plainText((value as ExcelJS.CellHyperlinkValue).text) };
    case ExcelJS.ValueType.Error:
      return { value: null, error: (value as ExcelJS.CellErrorValue).error };
    case ExcelJS.ValueType.Formula:
      return formulaCell(cell.formula, cell.result);
    default:
      return value === null || value === undefined ? null : { value: plainText(value) };
  }
}
