/// <reference types="office-js" />
/**
 * A cell's own fill, font and borders: captured before a validation mark is put on the cell and put
 * back by 清除标记. Office.js writes end Excel's undo history (office-js issue 3778), so the add-in
 * itself must be able to restore exactly what the user had.
 */
import type { ApiSupport } from './apiSupport';

export type EdgeName = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight';
export const EDGES: readonly EdgeName[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];

export interface SavedBorder {
  readonly style: string;
  readonly color: string;
  readonly weight: string;
}

/** What a cell looked like before it was marked (JSON: kept in the workbook's settings). */
export interface SavedFormat {
  /** '#RRGGBB', or null for no fill. */
  readonly fill: string | null;
  readonly fontColor: string;
  readonly bold: boolean;
  readonly borders: { readonly [edge: string]: SavedBorder };
}

/** Proxies whose loads (queued before the mark in the same batch) hold the cell's format. */
export interface PendingCapture {
  readonly fill: Excel.RangeFill;
  readonly font: Excel.RangeFont;
  readonly borders: { readonly [edge: string]: Excel.RangeBorder };
}

/**
 * Queue the loads of a cell's fill, font and borders. Office.js runs a batch in the order it was
 * queued, so loads queued before the mark report the cell as it was: no extra round trip.
 * `range` must be a proxy of its own (not the one the mark is written through).
 */
export function queueCapture(range: Excel.Range, api: ApiSupport): PendingCapture {
  const fill = range.format.fill;
  fill.load(api.fillPattern ? 'color,pattern' : 'color');
  const font = range.format.font;
  font.load('color,bold');
  const borders: { [edge: string]: Excel.RangeBorder } = {};
  for (const e of EDGES) {
    const b = range.format.borders.getItem(e as Excel.BorderIndex);
    b.load('style,color,weight');
    borders[e] = b;
  }
  return { fill, font, borders };
}

/**
 * The captured format, after the sync.
 * Without ExcelApi 1.9 a fill reported as white (#FFFFFF) is taken as "no fill": ExcelApi 1.1
 * cannot tell them apart, and restoring a solid white fill would hide the gridlines.
 */
export function capturedFormat(p: PendingCapture, api: ApiSupport): SavedFormat {
  const pattern = api.fillPattern ? (p.fill as Excel.RangeFill & { pattern?: string }).pattern : undefined;
  const color = p.fill.color;
  const noFill = api.fillPattern ? pattern === 'None' || !color : !color || /^#?FFFFFF$/i.test(color);
  const borders: { [edge: string]: SavedBorder } = {};
  for (const e of EDGES) {
    const b = p.borders[e];
    borders[e] = { style: String(b.style), color: String(b.color), weight: String(b.weight) };
  }
  return { fill: noFill ? null : color, fontColor: p.font.color, bold: !!p.font.bold, borders };
}

/** Queue putting a saved format back on `range`. */
export function queueRestore(range: Excel.Range, saved: SavedFormat): void {
  if (saved.fill === null) range.format.fill.clear();
  else range.format.fill.color = saved.fill;
  range.format.font.color = saved.fontColor;
  range.format.font.bold = saved.bold;
  for (const e of EDGES) {
    const s = saved.borders[e];
    if (!s) continue;
    const b = range.format.borders.getItem(e as Excel.BorderIndex);
    if (s.style === 'None') {
      // Colour and weight first: setting a weight draws a line, so "no border" must come last.
      b.color = s.color;
      b.weight = s.weight as Excel.BorderWeight;
      b.style = 'None' as Excel.BorderLineStyle;
    } else {
      b.style = s.style as Excel.BorderLineStyle;
      b.weight = s.weight as Excel.BorderWeight;
      b.color = s.color;
    }
  }
}

/** The look of a mark: errors red, warnings amber (Excel's own "bad" and "neutral" cell styles). */
export const MARK_STYLES = {
  error: { fill: '#FFC7CE', font: '#9C0006', border: '#C00000' },
  warning: { fill: '#FFEB9C', font: '#9C5700', border: '#BF8F00' },
} as const;

/** Queue the mark of a finding's cell. */
export function queueMark(range: Excel.Range, severity: 'error' | 'warning'): void {
  const m = MARK_STYLES[severity];
  range.format.fill.color = m.fill;
  range.format.font.color = m.font;
  for (const e of EDGES) {
    const b = range.format.borders.getItem(e as Excel.BorderIndex);
    b.style = 'Continuous' as Excel.BorderLineStyle;
    b.weight = 'Medium' as Excel.BorderWeight;
    b.color = m.border;
  }
}
