/**
 * Text found in cells (and names copied with it: units, files, sheets) as the core prints, quotes and
 * compares it. The one home of these rules: messages quoting a cell (rules, recognition), names copied
 * into the consolidation's sheets, the template's 填报单位, the comparison keys of labels and units.
 *
 * Pure string code, also bundled into the IE11 task pane: ES5 regular expressions only (no `u` flag,
 * no lookbehind, no \p{…}). The CLI adds its own last guard before the terminal (src/cli/terminalText).
 */

/** C0 and C1 control characters and DEL (a carriage return, a bell, an escape sequence's ESC and CSI). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** How long a message's quote of a cell may be: 40 characters of the text, then …. */
export const MAX_QUOTED_TEXT = 41;

/**
 * What `cleanText` makes of a control character: a space (names copied between words, quotes of cells:
 * "说明⏎续" reads "说明 续") or nothing (a line break typed inside a Chinese name the user gave:
 * "淮安市⏎人民政府" is 淮安市人民政府, Chinese has no spaces between words).
 */
export type ControlCharacters = 'space' | 'remove';

/**
 * `text` fit for one line of any output (a cell, a message, the pane, JSON): control characters become
 * spaces (or are removed, see `controls`), every run of whitespace one space, the ends are trimmed, and
 * a text longer than `maxLength` is cut to `maxLength - 1` characters followed by … (never inside a
 * surrogate pair, which would leave a character no XML file may hold). The result is at most
 * `maxLength` characters.
 *
 * The text is never interpreted: a leading =, +, - or @ stays (writers store it as a text cell; see
 * `looksLikeFormula`). Example: cleanText('市\u0000公安局\u0007 ', 200) → '市 公安局'.
 * @param maxLength at least 1
 */
export function cleanText(text: string, maxLength: number, controls: ControlCharacters = 'space'): string {
  const one = text.replace(CONTROL, controls === 'space' ? ' ' : '').replace(/\s+/g, ' ').trim();
  if (one.length <= maxLength) return one;
  let cut = maxLength - 1;
  const last = one.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${one.slice(0, cut)}…`;
}

/**
 * A cell's text as a message quotes it: `cleanText` at MAX_QUOTED_TEXT (40 characters and …). A message
 * names the cell; it does not copy a 30,000-character text or an escape sequence into the pane, the
 * terminal, JSON or the source list.
 */
export function quoteCellText(text: string): string {
  return cleanText(text, MAX_QUOTED_TEXT);
}

/**
 * True when a spreadsheet would take `text` for a formula if it were typed in: =, +, - or @ first
 * (after leading whitespace). Such text must be written as a text cell.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text.replace(/^\s+/, ''));
}

/**
 * Full-width forms typed with Chinese input methods made half-width: the full-width ASCII block
 * (！ to ～, U+FF01–FF5E: （）：，．／１Ａ) becomes ASCII, and the ideographic space U+3000 a space.
 * Nothing else changes (the length is kept); callers decide what to do with spaces and punctuation.
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}
