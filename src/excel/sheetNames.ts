/** Worksheet names Excel accepts, never equal to an existing one (compared as Excel does: case-insensitive). */

const MAX_SHEET_NAME = 31;

/** `base` cleaned of the characters Excel forbids in sheet names ([]:*?/\) and cut to 31 characters. */
export function cleanSheetName(base: string): string {
  const cleaned = base.replace(/[[\]:*?/\\]/g, '').replace(/^'+|'+$/g, '').trim();
  return (cleaned || 'Sheet').slice(0, MAX_SHEET_NAME);
}

/** `base`, or `base (2)`, `base (3)`… — the first that no sheet of `existing` has. */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = existing.map((n) => n.toLowerCase());
  const clean = cleanSheetName(base);
  if (taken.indexOf(clean.toLowerCase()) < 0) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = clean.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (taken.indexOf(candidate.toLowerCase()) < 0) return candidate;
  }
}
