/**
 * The figures of a format in official reading order, with their labels: the columns of the breakdown
 * and the index under which each input's values are kept (one typed array per input, not one object
 * per figure, so that a thousand inputs stay small).
 */
import { allCells, dataColumns, dataRows, getFormat, getTable, refKey, rowPath, columnPath } from '../formats';
import type { FormatId } from '../formats/types';
import type { BreakdownColumn } from './types';

/** Every figure of one format, indexed. */
export interface FigureIndex {
  readonly format: FormatId;
  readonly columns: readonly BreakdownColumn[];
  /** `refKey` → position in `columns`. */
  readonly position: Readonly<Record<string, number>>;
}

const cache: Partial<Record<FormatId, FigureIndex>> = {};

/** The figure index of a format (built once). @throws Error for an unknown format id. */
export function figureIndex(format: FormatId): FigureIndex {
  const cached = cache[format];
  if (cached) return cached;
  const def = getFormat(format);
  const columns: BreakdownColumn[] = [];
  const position: Record<string, number> = {};
  for (const ref of allCells(def)) {
    const table = getTable(def, ref.table);
    const row = dataRows(table).filter((r) => r.code === ref.row)[0];
    const column = dataColumns(table).filter((c) => c.code === ref.column)[0];
    const key = refKey(ref);
    position[key] = columns.length;
    columns.push({
      ref,
      key,
      table: ref.table,
      section: table.section,
      tableTitle: table.title,
      row: rowPath(table, row),
      column: columnPath(table, column),
      unit: column.unit,
    });
  }
  const index: FigureIndex = { format, columns, position };
  cache[format] = index;
  return index;
}
