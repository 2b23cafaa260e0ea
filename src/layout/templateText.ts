/**
 * The template's own words: title, the 填报 line, validation messages.
 *
 * These are not official labels (those live in src/formats and are looked up, never retyped);
 * they are the wording of our template, kept in this one place so that recognition and
 * consolidation (which read the 填报单位 line back) use the same strings.
 */
import type { FormatDef, Unit, ValueKind } from '../formats/types';
import { cleanText } from '../grid/cellText';

/** Default worksheet name of a template. */
export const TEMPLATE_SHEET_NAME = '年报统计表';

/** Labels of the 填报 line, in print order (full-width colon). */
export const FIELD_LABELS = {
  unit: '填报单位：',
  filler: '填报人：',
  phone: '联系电话：',
  date: '填报日期：',
} as const;

/** Longest unit name kept, … included; longer text is cut (a unit name is never this long). */
export const MAX_UNIT_LENGTH = 100;

/**
 * A unit name fit for the title and the 填报 line (grid/cellText's `cleanText`): control characters
 * (tab and line breaks included) removed — 淮安市⏎人民政府 is one name —, runs of spaces made one space
 * (recognition ends the name read back from 填报单位： at two), trimmed, at most MAX_UNIT_LENGTH
 * characters. Undefined when nothing is left.
 */
export function cleanUnitName(unit: string | undefined): string | undefined {
  if (unit === undefined) return undefined;
  const cleaned = cleanText(unit, MAX_UNIT_LENGTH, 'remove');
  return cleaned === '' ? undefined : cleaned;
}

/**
 * Title of the sheet: "{unit}{year}年度政府信息公开工作年度报告统计表".
 * Without a year the 年度 prefix is left out; without a unit the unit is left out.
 */
export function titleText(unit: string | undefined, year: number | undefined): string {
  const yearPart = year !== undefined ? `${year}年度` : '';
  return `${unit || ''}${yearPart}政府信息公开工作年度报告统计表`;
}

/**
 * Line under the title naming the format the tables follow, e.g. （表格依据国办公开办函〔2021〕30号）, and the
 * unit of every money column whose official label prints none (2019 第二十条第（九）项 采购总金额: the validator
 * reads a bare number there as 万元, so the template must say so; 2021 prints （单位：万元） in its label).
 */
export function subtitleText(format: FormatDef): string {
  const unitNotes: string[] = [];
  for (const table of format.tables) {
    for (const column of table.columns) {
      if (column.kind === 'amount' && column.unit && column.label.indexOf(column.unit) < 0) unitNotes.push(`“${column.label}”以${column.unit}为单位填写`);
    }
  }
  return unitNotes.length > 0 ? `（表格依据${format.source}；${unitNotes.join('，')}）` : `（表格依据${format.source}）`;
}

/**
 * Data-validation texts for a value kind (shown by Excel/WPS/LibreOffice when a typed value is refused).
 * `unit` is the figure's unit from the format (件, 项, 万元).
 */
export function validationText(kind: ValueKind, unit: Unit | undefined): { errorTitle: string; error: string } {
  const unitNote = unit ? `（单位：${unit}）` : '';
  switch (kind) {
    case 'count':
      return { errorTitle: '应为不小于0的整数', error: `此处应填写不小于0的整数${unitNote}，不能填写小数、负数或文字。` };
    case 'signedCount':
      return { errorTitle: '应为整数', error: `此处应填写整数${unitNote}，减少用负数表示（如 -8），不能填写小数或文字。` };
    case 'amount':
      return { errorTitle: '应为不小于0的数字', error: `此处应填写不小于0的数字${unitNote}，可带小数，不要填写单位或文字。` };
  }
}
