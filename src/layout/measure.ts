/**
 * Rough text measurement, so that row heights fit wrapped labels without a rendering engine.
 *
 * Units: column widths are Excel character units (the width of '0' in the default 11 pt font,
 * about 7 px); font sizes and row heights are points. A CJK character is about one em wide
 * (size × 4/3 px), a Latin character or digit about half that.
 */

/** Pixels per Excel width unit (default font Calibri/宋体 11 pt). */
const PX_PER_WIDTH_UNIT = 7;
/** Excel draws a column `w` units wide as w × 7 + 5 px; about 3 px on each side stay blank. */
const COLUMN_EXTRA_PX = 5;
const CELL_MARGIN_PX = 6;
/** Line height as a multiple of the font size. */
const LINE_HEIGHT = 1.35;
/** Vertical padding of a row in points. */
const ROW_PADDING_PT = 5;

function isWide(code: number): boolean {
  // CJK ideographs, CJK punctuation, full-width forms, general punctuation such as “”
  return code >= 0x2e80 || (code >= 0x2010 && code <= 0x206f);
}

/** Width of `text` in Excel width units at `fontSize` points. */
export function textWidth(text: string, fontSize: number): number {
  const emUnits = (fontSize * 4) / 3 / PX_PER_WIDTH_UNIT;
  let ems = 0;
  for (let i = 0; i < text.length; i++) ems += isWide(text.charCodeAt(i)) ? 1 : 0.55;
  return ems * emUnits;
}

/** Lines `text` needs in a cell `width` units wide (at least 1). */
export function linesNeeded(text: string, fontSize: number, width: number): number {
  const usable = Math.max(1, width + (COLUMN_EXTRA_PX - CELL_MARGIN_PX) / PX_PER_WIDTH_UNIT);
  return Math.max(1, Math.ceil(textWidth(text, fontSize) / usable - 0.02));
}

/** Height in points of `lines` lines at `fontSize`. */
export function heightForLines(lines: number, fontSize: number): number {
  return Math.ceil(lines * fontSize * LINE_HEIGHT + ROW_PADDING_PT);
}
