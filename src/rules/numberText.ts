/**
 * Numbers written as text, the way people type them into these tables: full-width digits (１２３),
 * thousands separators (1,234 or 1，234), spaces, a trailing unit (件, 项, 亿元, 万元, 元), a leading
 * sign in any of the dash forms Chinese input methods produce, and the placeholders for "none"
 * (—, /, －, 无, -). No regex `u` flag or lookbehind: this code also runs in IE11.
 */
import { toHalfWidth } from '../grid/cellText';

/** Units that may follow a number in a cell. */
export type TextUnit = '件' | '项' | '亿元' | '万元' | '元';

/** What a cell's text says. */
export type NumberText =
  | { readonly kind: 'blank' }
  /** A placeholder meaning "none" (—, /, －, 无, -): read as 0 with a warning. */
  | { readonly kind: 'placeholder' }
  /** A number: sign, integer digits (separators removed), fraction digits, optional unit. */
  | {
      readonly kind: 'number';
      readonly negative: boolean;
      readonly whole: string;
      readonly fraction: string;
      readonly unit?: TextUnit;
    }
  /** A spreadsheet error value typed or cached as text (#REF!, #DIV/0!…). */
  | { readonly kind: 'errorValue' }
  | { readonly kind: 'other' };

// Every kind of space, as one.
const SPACES = /[\s\u00a0\u3000\ufeff]+/g;
// Dashes that stand for a minus sign: hyphen, non-breaking hyphen, figure dash, en dash, minus, small minus.
// Full-width － (U+FF0D) becomes '-' with the other full-width forms.
const MINUS_VARIANTS = /[\u2010\u2011\u2012\u2013\u2212\ufe63]/g;
// A cell holding only dashes (including em dash and horizontal bar, as in ——), a slash or 无 means "none".
const PLACEHOLDER = /^(?:-+|[\u2014\u2015]+|\/|无)$/;
const ERROR_VALUE = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)$/i;
// sign, digits with consistent thousands separators (',' or ' ') or none, fraction, unit.
const NUMBER = /^([+-])? ?(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+)(?:\.(\d+))? ?(件|项|亿元|万元|元)?$/;

/**
 * Classify a cell's text. Never throws. Full-width forms are read half-width (grid/cellText's
 * `toHalfWidth`) and every run of spaces (NBSP and BOM included) as one space.
 */
export function parseNumberText(text: string): NumberText {
  const normal = toHalfWidth(text).replace(SPACES, ' ').replace(MINUS_VARIANTS, '-').trim();
  if (normal === '') return { kind: 'blank' };
  if (PLACEHOLDER.test(normal)) return { kind: 'placeholder' };
  if (ERROR_VALUE.test(normal)) return { kind: 'errorValue' };
  const m = NUMBER.exec(normal);
  if (!m) return { kind: 'other' };
  return {
    kind: 'number',
    negative: m[1] === '-',
    whole: m[2].replace(/[, ]/g, ''),
    fraction: m[3] || '',
    unit: m[4] ? (m[4] as TextUnit) : undefined,
  };
}
