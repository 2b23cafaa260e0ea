/**
 * One pass over a sheet: every text cell that names an official row, column or caption, sorted into
 * the tables (of either format) it could belong to. Linear in the number of cells; each text is
 * normalised once and looked up by hashing.
 */
import type { FormatId, TableId } from '../formats/types';
import type { CaptionTarget, ColumnMatch, LabelIndex, RowMatch } from './labelIndex';
import { normalizeLabel, parseNormalized } from './normalize';
import type { SheetView } from './sheetView';

/** Where a label cell is: its top-left and the far edges of its merge. */
export interface CellBox {
  readonly row: number;
  readonly col: number;
  readonly right: number;
  readonly bottom: number;
  /** The cell's text as typed. */
  readonly text: string;
}

/** A cell naming one or more rows of one table. */
export interface RowHit extends CellBox {
  readonly matches: readonly RowMatch[];
}

/** A cell naming one or more columns (or column groups) of one table. */
export interface ColumnHit extends CellBox {
  readonly matches: readonly ColumnMatch[];
}

/** A cell holding a table's caption. */
export type CaptionHit = CellBox;

/** The hits of one table of one format on one sheet, each list in reading order. */
export interface TableHits {
  readonly rows: RowHit[];
  readonly columns: ColumnHit[];
  readonly captions: CaptionHit[];
}

/** Longest normalised text looked up: official labels, with a group in front, stay well below this. */
const MAX_LABEL_LENGTH = 100;

/** Key of a table of a format in the hit map. */
export function tableKey(format: FormatId, table: TableId): string {
  return `${format}/${table}`;
}

function bucket(map: Map<string, TableHits>, key: string): TableHits {
  let b = map.get(key);
  if (!b) {
    b = { rows: [], columns: [], captions: [] };
    map.set(key, b);
  }
  return b;
}

function groupBy<T extends { readonly target: { readonly format: FormatId; readonly table: TableId } }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const key = tableKey(item.target.format, item.target.table);
    const list = out.get(key);
    if (list) list.push(item);
    else out.set(key, [item]);
  }
  return out;
}

/** Scan every text cell of `view` against the official labels. Keys of the result: `tableKey`. */
export function scanSheet(view: SheetView, index: LabelIndex): Map<string, TableHits> {
  const out = new Map<string, TableHits>();
  for (let r = 0; r < view.rowCount; r++) {
    const len = view.rowLength(r);
    for (let c = 0; c < len; c++) {
      const text = view.text(r, c);
      if (text === '') continue;
      const normalized = normalizeLabel(text);
      if (normalized === '' || normalized.length > MAX_LABEL_LENGTH) continue;
      const parsed = parseNormalized(normalized);
      const rowMatches = index.matchRowNormalized(normalized);
      const columnMatches = index.matchColumn(parsed);
      const captions: CaptionTarget[] = index.matchCaption(parsed);
      if (rowMatches.length === 0 && columnMatches.length === 0 && captions.length === 0) continue;
      const { right, bottom } = view.extent(r, c);
      const box = { row: r, col: c, right, bottom, text };
      groupBy(rowMatches).forEach((matches, key) => bucket(out, key).rows.push({ ...box, matches }));
      groupBy(columnMatches).forEach((matches, key) => bucket(out, key).columns.push({ ...box, matches }));
      for (const caption of captions) bucket(out, tableKey(caption.format, caption.table)).captions.push(box);
    }
  }
  return out;
}
