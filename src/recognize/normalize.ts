/**
 * Label normalisation: the one place that decides when two label texts say the same thing.
 *
 * Real sheets write the official labels with every kind of typing noise. `normalizeLabel` removes
 * the noise that never changes meaning, so that comparisons are plain string equality:
 * - full-width ASCII forms become half-width: （）：，．／１ → ():,./1;
 * - other brackets become round ones: 【】〔〕［］[] → ();
 * - enumerator punctuation is unified: 、 。 ． → "." (so "1." = "1、" = "1．", "三、" = "三.");
 * - every space is removed (ASCII, U+3000 ideographic space, NBSP, tabs, zero-width), and so are
 *   line breaks inside a cell ("本年新\n制作数量" = "本年新制作数量"); Chinese labels have no word spaces;
 * - quotes of every kind are removed ("三安全一稳定" = “三安全一稳定” = 三安全一稳定);
 * - slashes, dashes and middle dots are removed ("本年增/减" = "本年增／减" = "本年增减", and a flattened
 *   column path "行政复议-结果维持" = "行政复议结果维持");
 * - circled numbers become "N." (① → "1."); ASCII letters are lower-cased; a trailing colon or
 *   asterisk is dropped.
 *
 * `parseLabel` then splits a normalised label into segments at its enumerators ("一.", "(三)", "1.",
 * "(1)"), so that "（三）1.属于国家秘密", "（三）不予公开 1.属于国家秘密" and "1.属于国家秘密" can all be
 * compared with the official row （三）不予公开 › 1.属于国家秘密 (see labelIndex.ts for the comparison).
 *
 * Pure string code, ES5-safe regular expressions (no `u` flag, no lookbehind).
 */
import { toHalfWidth } from '../grid/cellText';

/** One part of a label: an optional enumerator (its number) and the text after it. */
export interface LabelSegment {
  /** Number of the enumerator in front of the text ("三." → 3, "(二)" → 2, "4." → 4), if any. */
  readonly ordinal?: number;
  /** How the enumerator was written: T = "三.", P = "(三)", D = "4." / "(4)" / "①". */
  readonly ordinalKind?: 'T' | 'P' | 'D';
  /** Normalised text of the segment ('' when the enumerator stands alone, e.g. "(三)" in "(三)1.属于国家秘密"). */
  readonly body: string;
}

/** A normalised label split at its enumerators. */
export interface ParsedLabel {
  /** The whole normalised text. */
  readonly text: string;
  /** Segments in reading order; the last one names the item itself, the earlier ones its groups. */
  readonly segments: readonly LabelSegment[];
}

const REMOVED = /[\s"'\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u300c\u300d\u300e\u300f\u301d\u301e/\\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2500\u00b7\u2022\u30fb]/g;

/**
 * The normalised form of a label text (see the module comment for every rule).
 * Never throws; returns '' for text that is only noise.
 */
export function normalizeLabel(text: string): string {
  const half = toHalfWidth(text);
  let out = '';
  for (let i = 0; i < half.length; i++) {
    const code = half.charCodeAt(i);
    if ((code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) {
      // zero-width characters pasted from web pages and Word: dropped
    } else if (code >= 0x2460 && code <= 0x2473) {
      out += `${code - 0x2460 + 1}.`;
    } else {
      out += half.charAt(i);
    }
  }
  out = out
    .replace(/[\u3001\u3002\uff64\uff61]/g, '.')
    .replace(/[\u3010\u3014\u3016\u3018[]/g, '(')
    .replace(/[\u3011\u3015\u3017\u3019\]]/g, ')')
    .replace(REMOVED, '')
    .toLowerCase();
  return out.replace(/[:*]+$/, '');
}

const CHINESE_DIGITS = '零一二三四五六七八九';

/** Value of a small Chinese numeral (一 … 九十九), or undefined when `s` is not one. */
export function chineseNumeralValue(s: string): number | undefined {
  if (s === '') return undefined;
  const ten = s.indexOf('十');
  if (ten < 0) {
    if (s.length !== 1) return undefined;
    const d = CHINESE_DIGITS.indexOf(s);
    return d > 0 ? d : undefined;
  }
  if (s.indexOf('十', ten + 1) >= 0) return undefined;
  const tensText = s.slice(0, ten);
  const unitsText = s.slice(ten + 1);
  const tens = tensText === '' ? 1 : CHINESE_DIGITS.indexOf(tensText);
  const units = unitsText === '' ? 0 : CHINESE_DIGITS.indexOf(unitsText);
  if (tens <= 0 || units < 0 || tensText.length > 1 || unitsText.length > 1) return undefined;
  return tens * 10 + units;
}

interface Enumerator {
  readonly ordinal: number;
  readonly kind: 'T' | 'P' | 'D';
  readonly end: number;
}

const NUMERAL_CHARS = '一二三四五六七八九十';

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** The enumerator starting at `i` of normalised text `s`, if one does. */
function readEnumerator(s: string, i: number): Enumerator | undefined {
  if (s.charAt(i) === '(') {
    const close = s.indexOf(')', i + 1);
    if (close < 0 || close - i > 4) return undefined;
    const inner = s.slice(i + 1, close);
    if (/^\d{1,2}$/.test(inner)) return { ordinal: parseInt(inner, 10), kind: 'D', end: close + 1 };
    const value = chineseNumeralValue(inner);
    return value !== undefined ? { ordinal: value, kind: 'P', end: close + 1 } : undefined;
  }
  let j = i;
  while (j < s.length && j - i < 3 && NUMERAL_CHARS.indexOf(s.charAt(j)) >= 0) j++;
  if (j > i && s.charAt(j) === '.') {
    const value = chineseNumeralValue(s.slice(i, j));
    if (value !== undefined) return { ordinal: value, kind: 'T', end: j + 1 };
  }
  j = i;
  while (j < s.length && j - i < 2 && isDigit(s.charAt(j))) j++;
  if (j > i && !isDigit(s.charAt(j)) && (s.charAt(j) === '.' || s.charAt(j) === ')')) {
    // "1.5" is a number, not an enumerator.
    if (s.charAt(j) === '.' && isDigit(s.charAt(j + 1))) return undefined;
    return { ordinal: parseInt(s.slice(i, j), 10), kind: 'D', end: j + 1 };
  }
  return undefined;
}

/**
 * Split a label at its leading enumerators: "(三)1.属于国家秘密" → [(三) ''] [1. 属于国家秘密].
 * With `splitInside`, also at enumerators inside the text ("(三)不予公开1.属于国家秘密" →
 * [(三) 不予公开] [1. 属于国家秘密]); only "(X)" and a digit "N." that does not follow a digit count there.
 */
export function parseLabel(text: string, splitInside = false): ParsedLabel {
  return parseNormalized(normalizeLabel(text), splitInside);
}

/** `parseLabel` of a text already passed through `normalizeLabel`. */
export function parseNormalized(s: string, splitInside = false): ParsedLabel {
  const segments: LabelSegment[] = [];
  let i = 0;
  let pending: Enumerator | undefined;
  let bodyStart = 0;
  const flush = (end: number): void => {
    const body = s.slice(bodyStart, end);
    if (pending || body !== '') {
      segments.push(pending ? { ordinal: pending.ordinal, ordinalKind: pending.kind, body } : { body });
    }
  };
  // Leading enumerators: each starts a segment.
  for (;;) {
    const e = readEnumerator(s, i);
    if (!e) break;
    if (pending) {
      bodyStart = i;
      flush(i);
    }
    pending = e;
    i = e.end;
    bodyStart = i;
  }
  if (splitInside) {
    for (let k = i + 1; k < s.length; k++) {
      const ch = s.charAt(k);
      if (ch !== '(' && !isDigit(ch)) continue;
      if (isDigit(ch) && isDigit(s.charAt(k - 1))) continue;
      const e = readEnumerator(s, k);
      if (!e || e.kind === 'T') continue;
      flush(k);
      pending = e;
      bodyStart = e.end;
      k = e.end - 1;
    }
  }
  flush(s.length);
  return { text: s, segments };
}

/**
 * The text without a trailing parenthetical clause, e.g. "部分公开(区分处理的,只计这一情形,不计其他情形)"
 * → "部分公开", "本年收费金额(单位:万元)" → "本年收费金额". Returns the text unchanged when it has none,
 * or when the clause is the whole text. `tail` is the removed clause ('' when none).
 */
export function splitParentheticalTail(normalized: string): { head: string; tail: string } {
  if (normalized.charAt(normalized.length - 1) !== ')') return { head: normalized, tail: '' };
  let depth = 0;
  for (let i = normalized.length - 1; i >= 0; i--) {
    const ch = normalized.charAt(i);
    if (ch === ')') depth++;
    else if (ch === '(') {
      depth--;
      if (depth === 0) {
        if (i === 0) return { head: normalized, tail: '' };
        return { head: normalized.slice(0, i), tail: normalized.slice(i) };
      }
    }
  }
  return { head: normalized, tail: '' };
}
