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

/** What one text names, grouped by table (`tableKey`); null when it names nothing. */
type TextMatches = Array<{ key: string; rows: RowMatch[]; columns: ColumnMatch[]; caption: boolean }> | null;

/**
 * The label matches of cell texts, remembered per text: the same labels recur on every sheet of a
 * workbook (80 departments' sheets share one set), so each distinct text is parsed once.
 */
export class TextMatcher {
  private readonly memo = new Map<string, TextMatches>();

  constructor(readonly index: LabelIndex) {}

  /** The matches of a cell text (null when it names no official label). */
  matches(text: string): TextMatches {
    if (this.memo.has(text)) return this.memo.get(text) as TextMatches;
    const found = this.compute(text);
    if (this.memo.size >= TEXT_MEMO_SIZE) this.memo.clear();
    this.memo.set(text, found);
    return found;
  }

  private compute(text: string): TextMatches {
    if (!this.index.mayBeLabel(text)) return null;
    const normalized = normalizeLabel(text);
    if (normalized === '' || normalized.length > MAX_LABEL_LENGTH) return null;
    const parsed = parseNormalized(normalized);
    const rowMatches = this.index.matchRowNormalized(normalized);
    const columnMatches = this.index.matchColumn(parsed);
    const captions: CaptionTarget[] = this.index.matchCaption(parsed);
    if (rowMatches.length === 0 && columnMatches.length === 0 && captions.length === 0) return null;
    const byKey = new Map<string, { key: string; rows: RowMatch[]; columns: ColumnMatch[]; caption: boolean }>();
    const entry = (key: string) => {
      let e = byKey.get(key);
      if (!e) {
        e = { key, rows: [], columns: [], caption: false };
        byKey.set(key, e);
      }
      return e;
    };
    groupBy(rowMatches).forEach((matches, key) => (entry(key).rows = matches));
    groupBy(columnMatches).forEach((matches, key) => (entry(key).columns = matches));
    for (const caption of captions) entry(tableKey(caption.format, caption.table)).caption = true;
    return Array.from(byKey.values());
  }
}

/** Most distinct texts a TextMatcher remembers before starting afresh. */
const TEXT_MEMO_SIZE = 20000;

/** Scan every text cell of `view` against the official labels. Keys of the result: `tableKey`. */
export function scanSheet(view: SheetView, matcher: TextMatcher): Map<string, TableHits> {
  const out = new Map<string, TableHits>();
  for (let r = 0; r < view.rowCount; r++) {
    const len = view.rowLength(r);
    for (let c = 0; c < len; c++) {
      const text = view.text(r, c);
      if (text === '') continue;
      const found = matcher.matches(text);
      if (!found) continue;
      const { right, bottom } = view.extent(r, c);
      for (const e of found) {
        const b = bucket(out, e.key);
        if (e.rows.length) b.rows.push({ row: r, col: c, right, bottom, text, matches: e.rows });
        if (e.columns.length) b.columns.push({ row: r, col: c, right, bottom, text, matches: e.columns });
        if (e.caption) b.captions.push({ row: r, col: c, right, bottom, text });
      }
    }
  }
  return out;
}
