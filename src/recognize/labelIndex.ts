/**
 * The official labels of both formats as a lookup table, and the comparison that decides whether a
 * cell's text names an official row, column or caption.
 *
 * Every label comes from src/formats (never retyped). A cell matches an official label when, after
 * `normalizeLabel` (normalize.ts), one of these holds — tolerant of typing, never of wording:
 * 1. the texts are equal;
 * 2. the cell omits the official label's trailing parenthetical clause
 *    ("（二）部分公开" for "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
 *    "本年收费金额" for "本年收费金额（单位：万元）");
 * 3. the cell adds or changes a trailing parenthetical clause ("上一年项目数量（指2019年事项数）",
 *    "本年收费金额（单位：元）"): still the same item, but reported as a `variant` so the user is told
 *    (a changed unit matters).
 * A text that merely starts with a label ("（三）不予公开小计") does NOT match.
 *
 * Rows are compared segment by segment (see `parseLabel`): the last segment must match the row itself
 * (its enumerator, when the cell writes one, must have the official number: "1、" and "1." are the same,
 * "2.属于国家秘密" is not 1.属于国家秘密); earlier segments must match the row's groups in order, by
 * number and/or text ("（三）1.属于国家秘密", "（三）不予公开1.属于国家秘密"). A cell may leave out the
 * enumerator and the groups ("属于国家秘密"): item texts are unique within a table, except the ones that
 * are also column labels ("3.其他", "（七）总计"), which are `weak` without their enumerator and need the
 * surrounding rows to confirm them (rowTable.ts).
 *
 * Columns are compared on the whole text; a cell may also write the column's groups in front
 * ("行政复议-结果维持", "法人或其他组织 商业企业"); a label shared by several columns ("结果维持") is
 * resolved by the group header above it (columnHeader.ts).
 */
import { FORMATS } from '../formats';
import type { ColumnDef, FormatDef, FormatId, RowDef, TableDef, TableId } from '../formats/types';
import { normalizeLabel, parseLabel, parseNormalized, splitParentheticalTail } from './normalize';
import type { ParsedLabel } from './normalize';

/** One level of an official row label: the row itself or one of its groups. */
interface PathNode {
  readonly code: string;
  readonly ordinal?: number;
  /** Normalised text after the enumerator. */
  readonly body: string;
  /** `body` without its trailing parenthetical clause. */
  readonly head: string;
  readonly tail: string;
}

/** An official row as the index knows it. */
export interface RowTarget {
  readonly format: FormatId;
  readonly table: TableId;
  readonly row: RowDef;
  /** Outermost group first, the row itself last. */
  readonly path: readonly PathNode[];
  /** The row's text without enumerator is also a column label of the same table ("其他", "总计"). */
  readonly sharesColumnText: boolean;
}

/** An official column as the index knows it. */
export interface ColumnTarget {
  readonly format: FormatId;
  readonly table: TableId;
  readonly column: ColumnDef;
  /** Codes of the groups the cell's text names in front of the label (flattened headers). */
  readonly namedGroups: readonly string[];
}

/** A 表二 caption (第二十条第（X）项). */
export interface CaptionTarget {
  readonly format: FormatId;
  readonly table: TableId;
}

/** A row matched by a cell. */
export interface RowMatch {
  readonly target: RowTarget;
  /** The cell wrote the row's own enumerator ("3.其他", not "其他"). */
  readonly hasOrdinal: boolean;
  /** Set when the cell's trailing parenthetical clause differs from the official one. */
  readonly variant: boolean;
  /** Codes of the groups the cell named (flattened "（三）1.属于国家秘密" names r3_3_denied …). */
  readonly namedGroups: readonly string[];
}

/** A column matched by a cell. */
export interface ColumnMatch {
  readonly target: ColumnTarget;
  readonly variant: boolean;
}

/** Lookup of the official labels of both formats. Build once (`labelIndex()`), share freely. */
export interface LabelIndex {
  /** Rows of any table of any format that the cell text names. */
  matchRow(parsed: ParsedLabel): RowMatch[];
  /** Columns of any table of any format that the cell text names. */
  matchColumn(parsed: ParsedLabel): ColumnMatch[];
  /** 表二 captions the cell text names. */
  matchCaption(parsed: ParsedLabel): CaptionTarget[];
  /** Rows a raw cell text names, trying an inner split ("(三)不予公开1.属于国家秘密") when the plain reading matches none. */
  matchRowText(text: string): RowMatch[];
  /** `matchRowText` of a text already normalised. */
  matchRowNormalized(normalized: string): RowMatch[];
  /** Columns a raw cell text names (memoised: header texts are looked up again and again). */
  matchColumnText(text: string): ColumnMatch[];
  /**
   * Cheap test run before any parsing: false when the text cannot name any label because its last
   * character (after normalisation) ends no official label. Most prose and numbers stop here.
   */
  mayBeLabel(text: string): boolean;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  if (key === '') return;
  const list = map.get(key);
  if (list) {
    if (list.indexOf(value) < 0) list.push(value);
  } else map.set(key, [value]);
}

function pathNode(row: RowDef): PathNode {
  const parsed = parseLabel(row.label);
  const last = parsed.segments[parsed.segments.length - 1];
  const body = last ? last.body : '';
  const { head, tail } = splitParentheticalTail(body);
  return { code: row.code, ordinal: last ? last.ordinal : undefined, body, head, tail };
}

function rowPathNodes(table: TableDef, row: RowDef): PathNode[] {
  const nodes: PathNode[] = [pathNode(row)];
  let parent = row.parent;
  while (parent !== undefined) {
    const p = table.rows.filter((r) => r.code === parent)[0];
    if (!p) break;
    nodes.unshift(pathNode(p));
    parent = p.parent;
  }
  return nodes;
}

function ancestors(table: TableDef, column: ColumnDef): ColumnDef[] {
  const out: ColumnDef[] = [];
  let parent = column.parent;
  while (parent !== undefined) {
    const p = table.columns.filter((c) => c.code === parent)[0];
    if (!p) break;
    out.unshift(p);
    parent = p.parent;
  }
  return out;
}

/** All ordered sub-lists of `items` (the empty one included). */
function subsequences<T>(items: readonly T[]): T[][] {
  let out: T[][] = [[]];
  for (const item of items) out = out.concat(out.map((s) => s.concat([item])));
  return out;
}

/** Does segment text/number `seg` name path node `node`? */
function segmentNames(seg: { ordinal?: number; body: string }, node: PathNode): boolean {
  if (seg.ordinal !== undefined && seg.ordinal !== node.ordinal) return false;
  if (seg.body === '') return seg.ordinal !== undefined;
  return seg.body === node.body || seg.body === node.head;
}

/** Most distinct texts remembered by `matchColumnText` before the memo is cleared. */
const COLUMN_MEMO_SIZE = 5000;
/** Trailing characters normalised by `mayBeLabel` (enough to get past spaces, quotes and colons). */
const TAIL_LENGTH = 8;

class Index implements LabelIndex {
  private readonly rows = new Map<string, RowTarget[]>();
  private readonly columns = new Map<string, ColumnTarget[]>();
  private readonly captions = new Map<string, CaptionTarget[]>();
  /** Last characters of every key, plus ")" (a cell may add a clause). */
  private readonly endings = new Set<string>([')']);
  private readonly columnMemo = new Map<string, ColumnMatch[]>();

  constructor(formats: readonly FormatDef[]) {
    for (const format of formats) {
      for (const table of format.tables) this.addTable(format.id, table);
    }
    for (const map of [this.rows, this.columns, this.captions] as Array<Map<string, unknown>>) {
      map.forEach((_v, key) => this.endings.add(key.charAt(key.length - 1)));
    }
  }

  mayBeLabel(text: string): boolean {
    let tail = normalizeLabel(text.slice(-TAIL_LENGTH));
    if (tail === '' && text.length > TAIL_LENGTH) tail = normalizeLabel(text);
    return tail !== '' && this.endings.has(tail.charAt(tail.length - 1));
  }

  matchColumnText(text: string): ColumnMatch[] {
    let found = this.columnMemo.get(text);
    if (!found) {
      found = this.mayBeLabel(text) ? this.matchColumn(parseLabel(text)) : [];
      if (this.columnMemo.size >= COLUMN_MEMO_SIZE) this.columnMemo.clear();
      this.columnMemo.set(text, found);
    }
    return found;
  }

  private addTable(format: FormatId, table: TableDef): void {
    const columnTexts: string[] = [];
    for (const column of table.columns) {
      const groups = ancestors(table, column);
      const own = normalizeLabel(column.label);
      const { head } = splitParentheticalTail(own);
      columnTexts.push(own, head);
      for (const named of subsequences(groups)) {
        const prefix = named.map((g) => normalizeLabel(g.label)).join('');
        const target: ColumnTarget = { format, table: table.id, column, namedGroups: named.map((g) => g.code) };
        push(this.columns, prefix + own, target);
        push(this.columns, prefix + head, target);
      }
    }
    for (const row of table.rows) {
      if (row.label === '') continue;
      const path = rowPathNodes(table, row);
      const self = path[path.length - 1];
      const target: RowTarget = {
        format,
        table: table.id,
        row,
        path,
        sharesColumnText: columnTexts.indexOf(self.body) >= 0 || columnTexts.indexOf(self.head) >= 0,
      };
      push(this.rows, self.body, target);
      push(this.rows, self.head, target);
    }
    if (table.id.indexOf('t2_') === 0) {
      const caption = normalizeLabel(table.title);
      const target: CaptionTarget = { format, table: table.id };
      push(this.captions, caption, target);
      // "第二十条第一项" without the brackets.
      push(this.captions, caption.replace(/[()]/g, ''), target);
    }
  }

  matchRow(parsed: ParsedLabel): RowMatch[] {
    const segs = parsed.segments;
    if (segs.length === 0) return [];
    const last = segs[segs.length - 1];
    if (last.body === '') return [];
    const { head: cellHead, tail: cellTail } = splitParentheticalTail(last.body);
    const exact = this.rows.get(last.body) || [];
    const byHead = cellHead !== last.body ? (this.rows.get(cellHead) || []).filter((t) => exact.indexOf(t) < 0) : [];
    const candidates = exact.concat(byHead);
    const out: RowMatch[] = [];
    for (const target of candidates) {
      const self = target.path[target.path.length - 1];
      let variant = false;
      if (last.body !== self.body && last.body !== self.head) {
        if (cellHead !== self.head || cellTail === '') continue;
        variant = cellTail !== self.tail;
      }
      if (last.ordinal !== undefined && last.ordinal !== self.ordinal) continue;
      // Earlier segments name the row's groups, nearest group last, skipping levels the cell leaves out.
      const named: string[] = [];
      let level = target.path.length - 2;
      let ok = true;
      for (let s = segs.length - 2; s >= 0 && ok; s--) {
        while (level >= 0 && !segmentNames(segs[s], target.path[level])) level--;
        if (level < 0) ok = false;
        else named.unshift(target.path[level--].code);
      }
      if (!ok) continue;
      out.push({ target, hasOrdinal: last.ordinal !== undefined, variant, namedGroups: named });
    }
    return out;
  }

  matchRowText(text: string): RowMatch[] {
    return this.matchRowNormalized(normalizeLabel(text));
  }

  matchRowNormalized(normalized: string): RowMatch[] {
    const plain = this.matchRow(parseNormalized(normalized));
    // An inner enumerator needs "(" or a digit.
    if (plain.length > 0 || !/[(\d]/.test(normalized)) return plain;
    return this.matchRow(parseNormalized(normalized, true));
  }

  matchColumn(parsed: ParsedLabel): ColumnMatch[] {
    const text = parsed.text;
    const exact = this.columns.get(text) || [];
    const out: ColumnMatch[] = exact.map((target) => ({ target, variant: false }));
    const { head, tail } = splitParentheticalTail(text);
    if (tail !== '' && exact.length === 0) {
      for (const target of this.columns.get(head) || []) {
        const officialTail = splitParentheticalTail(normalizeLabel(target.column.label)).tail;
        out.push({ target, variant: tail !== officialTail });
      }
    }
    return out;
  }

  matchCaption(parsed: ParsedLabel): CaptionTarget[] {
    return this.captions.get(parsed.text) || this.captions.get(parsed.text.replace(/[()]/g, '')) || [];
  }
}

let shared: LabelIndex | undefined;

/** The index of both official formats (built on first use). */
export function labelIndex(): LabelIndex {
  if (!shared) shared = new Index(FORMATS);
  return shared;
}
