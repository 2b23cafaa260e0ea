/**
 * The reporting unit (填报单位) and report year written on a sheet around the tables.
 *
 * These words are not official table labels (formats.md has none for them): they are the common
 * wording of the 填报 line and of report titles, kept here in one place.
 * - Unit: the 填报单位 line, "填报单位：XX局" (also "填报单位（盖章）：", the name in the next cell, or
 *   followed on the same line by 填报人：… 联系电话：…); else the text before the year in a title.
 * - Year: a title such as "XX局2024年政府信息公开工作年度报告" / "…2024年度…统计表" (a short text naming
 *   政府信息公开 and 报告/年报), a "报告年度：2024" field, or a cell holding only "2024年度".
 */
import { sheetAddress } from '../grid/address';
import { cleanText } from '../grid/cellText';
import type { SheetView } from './sheetView';

/** A value read from a sheet, with the cell it came from. */
export interface SheetFact<T> {
  readonly value: T;
  readonly address: string;
  /** 'line' = the 填报单位 line or a year field; 'title' = a report title. */
  readonly source: 'line' | 'title';
}

/** What a sheet says about its report. */
export interface SheetInfo {
  readonly units: SheetFact<string>[];
  readonly years: SheetFact<number>[];
}

const UNIT_LINE = /^\s*填\s*报\s*单\s*位\s*(?:[（(][^）)]{0,8}[）)])?\s*[:：]?\s*([\s\S]*)$/;
/** Fields that may follow the unit on the same line. */
const NEXT_FIELD = /(?:填\s*报\s*人|联\s*系\s*人|联\s*系\s*电\s*话|电\s*话|填\s*报\s*日\s*期|填\s*表\s*日\s*期|日\s*期|审\s*核\s*人|负\s*责\s*人|制\s*表\s*人)\s*[:：]/;
const YEAR_FIELD = /年\s*度\s*[:：]\s*((?:19|20)\d{2})/;
const TITLE_YEAR = /((?:19|20)\d{2})\s*年/;
const ONLY_YEAR = /^[（(]?\s*((?:19|20)\d{2})\s*年\s*度?\s*[）)]?$/;
const TITLE_WORDS = ['政府信息公开'];
const REPORT_WORDS = ['报告', '年报'];
/** Longest text taken for a title (longer texts are prose). */
const MAX_TITLE_LENGTH = 60;
/** Longest cell text read as a 填报 line or a title, and longest unit name taken (longer texts are prose). */
const MAX_FIELD_TEXT = 200;
/** How far right of "填报单位：" its value may be typed. */
const UNIT_CELLS_RIGHT = 6;

function cleanUnit(text: string): string {
  const cut = text.split(NEXT_FIELD)[0];
  // A run of two spaces, an ideographic space, a tab or a line break ends the name; any other control
  // character (an escape sequence, a bell) becomes a space: the name reaches messages, the pane and JSON.
  return cleanText(cut.split(/\s{2,}|[\u3000\t\r\n]/)[0], MAX_FIELD_TEXT);
}

function unitFromLine(view: SheetView, row: number, col: number, rest: string): string {
  const inline = cleanUnit(rest);
  if (inline !== '') return inline;
  for (let c = col + 1; c <= col + UNIT_CELLS_RIGHT; c++) {
    const a = view.anchor(row, c);
    if (a.row !== row || a.col !== c) continue;
    const t = view.text(row, c);
    if (t === '') continue;
    return NEXT_FIELD.test(t) ? '' : cleanUnit(t);
  }
  return '';
}

/** Read the unit and year facts of one sheet, in reading order. Never throws. */
export function readSheetInfo(view: SheetView): SheetInfo {
  const units: SheetFact<string>[] = [];
  const years: SheetFact<number>[] = [];
  for (let r = 0; r < view.rowCount; r++) {
    const len = view.rowLength(r);
    for (let c = 0; c < len; c++) {
      const text = view.text(r, c);
      if (text === '' || text.length > MAX_FIELD_TEXT) continue;
      const hasKey = text.indexOf('位') >= 0;
      if (!hasKey && text.indexOf('年') < 0) continue;
      const address = sheetAddress(view.sheet, r, c);
      const line = hasKey ? UNIT_LINE.exec(text) : null;
      if (line) {
        const unit = unitFromLine(view, r, c, line[1]);
        if (unit !== '') units.push({ value: unit, address, source: 'line' });
      }
      const field = YEAR_FIELD.exec(text);
      if (field) {
        years.push({ value: parseInt(field[1], 10), address, source: 'line' });
        continue;
      }
      const only = ONLY_YEAR.exec(text.trim());
      if (only) {
        years.push({ value: parseInt(only[1], 10), address, source: 'title' });
        continue;
      }
      const compact = text.replace(/\s+/g, '');
      if (compact.length > MAX_TITLE_LENGTH) continue;
      if (!TITLE_WORDS.some((w) => compact.indexOf(w) >= 0) || !REPORT_WORDS.some((w) => compact.indexOf(w) >= 0)) continue;
      const title = TITLE_YEAR.exec(compact);
      if (!title) continue;
      years.push({ value: parseInt(title[1], 10), address, source: 'title' });
      const before = compact.slice(0, title.index).replace(/^关于/, '');
      if (before.length >= 2 && TITLE_WORDS.every((w) => before.indexOf(w) < 0)) units.push({ value: cleanText(before, MAX_FIELD_TEXT), address, source: 'title' });
    }
  }
  return { units, years };
}
