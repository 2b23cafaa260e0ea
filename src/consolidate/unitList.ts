/** The expected-units list (the CLI's --units FILE): one unit per line. */

/**
 * Unit names from the text of a list: one per line (\n, \r\n or \r), surrounding whitespace trimmed,
 * a leading byte-order mark dropped; empty lines and lines starting with # are skipped.
 */
export function parseUnitList(text: string): string[] {
  return text
    .replace(/^\ufeff/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && line.charAt(0) !== '#');
}
