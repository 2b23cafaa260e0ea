/**
 * Unit names (填报单位) of consolidation inputs: where a name comes from and how two names are compared.
 * Names copied from inputs are made safe to print by grid/cellText's `cleanText` (at MAX_COPIED_TEXT).
 */
import { cleanText, toHalfWidth } from '../grid/cellText';

/** Where an input's unit name came from. */
export type UnitNameSource = 'explicit' | 'report' | 'file' | 'sheet';

/**
 * The comparison key of a unit name, for duplicate detection and the expected-units list.
 *
 * Only differences a person does not mean are removed:
 * - full-width letters, digits and ASCII punctuation (Ａ１（) become half-width (A1();
 * - every kind of whitespace (spaces, U+3000 ideographic space, tabs, line breaks) is removed;
 * - punctuation, ASCII and CJK (（）()、，。·・「」“”‘’《》〈〉【】-—_.,:;：；!！?？'"), is removed;
 * - Latin letters are lower-cased.
 * Words are never dropped or reordered: 市公安局 and 淮安市公安局 are different units, and so are
 * 市委办公室 and 市委办 (an alias list is the user's job, through the expected-units file).
 */
export function unitKey(name: string): string {
  const half = toHalfWidth(name);
  let out = '';
  for (let i = 0; i < half.length; i++) {
    const ch = half.charAt(i);
    if (/\s/.test(ch) || PUNCTUATION.indexOf(ch) >= 0) continue;
    out += ch.toLowerCase();
  }
  return out;
}

const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~（）、，。·・「」『』“”‘’《》〈〉【】〔〕—–－…·：；！？';

/** Longest unit name, file or sheet name copied into an output (characters, … included; see grid/cellText's `cleanText`). */
export const MAX_COPIED_TEXT = 200;

/**
 * Workbook files consolidation takes: .xlsx, .xlsm, .xls, binary .xlsb and WPS .et (the last three are
 * listed as unreadable with their reason, never skipped). One list for the folder scan (./node/files.ts)
 * and for `fileBaseName`, so that a unit named after its file is the same unit whatever the extension.
 */
export const WORKBOOK_FILE = /\.(xlsx|xlsm|xls|xlsb|et)$/i;

/** The base name of a path or file name, without folders and without a workbook extension (WORKBOOK_FILE). */
export function fileBaseName(file: string): string {
  const base = file.split(/[\\/]/).pop() || file;
  return base.replace(WORKBOOK_FILE, '');
}

/**
 * The unit name of an input and where it came from, in this order:
 * the name given explicitly, the 填报单位 recognised in the report, the file's base name, the sheet name.
 * The file name comes before the sheet name because departments send one workbook each, named after
 * themselves, while their sheets are called Sheet1 or 表三; for sheets of an open workbook (no file)
 * the sheet name is used.
 */
export function chooseUnitName(input: {
  unit?: string;
  reportUnit?: string;
  file?: string;
  sheet?: string;
}): { name: string; source: UnitNameSource } {
  const candidates: Array<[string | undefined, UnitNameSource]> = [
    [input.unit, 'explicit'],
    [input.reportUnit, 'report'],
    [input.file !== undefined ? fileBaseName(input.file) : undefined, 'file'],
    [input.sheet, 'sheet'],
  ];
  for (const [raw, source] of candidates) {
    if (raw === undefined) continue;
    const name = cleanText(raw, MAX_COPIED_TEXT);
    if (unitKey(name) !== '') return { name, source };
  }
  return { name: '', source: 'sheet' };
}
