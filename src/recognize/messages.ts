/**
 * Recognition issues: every problem met while finding the tables, with a Chinese and an English
 * message that name what was looked for (the official label, verbatim) and where (the sheet, the cell).
 *
 * Issue codes (stable, for the UI and for tests):
 * - `no-table`             error    no official table in any sheet of the workbook
 * - `missing-table`        error    a table of the report's format was not found
 * - `missing-row`          error    a row label of a found table was not found
 * - `missing-column`       error    a column label of a found table was not found
 * - `duplicate-table`      error    a table appears more than once in one report (the first is read)
 * - `duplicate-row`        error    a row label appears twice in one table (the first is read)
 * - `ambiguous-row`        error    one sheet row carries labels of two different official rows (not read)
 * - `mixed-format`         error    labels (or the template marker) of both formats in one report
 * - `format-assumed`       warning  nothing tells the format; the one used is said and why
 * - `format-forced`        warning  `options.format` overrides labels that say otherwise
 * - `format-year-mismatch` warning  the report year is due in the other format
 * - `unrecognised-row`     warning  a row inside a table has figures but no official label (not read)
 * - `group-row-values`     warning  a group row (e.g. （三）不予公开) holds figures; the format has none there
 * - `unlabelled-value`     warning  a figure sits in a table row under no official column (not read)
 * - `label-variant`        warning  a label's parenthetical clause differs from the official one
 * - `unit-conflict`, `year-conflict`  warning  the sheets name different units or years
 * - `hidden-sheet`         warning  a hidden sheet was not read (workbook-level: belongs to no report)
 * - `more-issues`          warning  row problems of a table beyond the first MAX_LISTED, counted
 */
import { getFormat } from '../formats';
import type { FormatId, TableDef } from '../formats/types';
import { quoteCellText } from '../grid/cellText';
import { chineseNumeralValue } from './normalize';
import type { RecognitionIssue } from './types';

/** Names of a table for messages: 表三 / Table 3, and 表二第二十条第（一）项 for the sub-tables of 二. */
export function tableNames(table: TableDef): { zh: string; en: string } {
  const numeral = table.section.charAt(0);
  const n = chineseNumeralValue(numeral);
  const caption = table.id.indexOf('t2_') === 0 ? table.title : '';
  return { zh: `表${numeral}${caption}`, en: `Table ${n !== undefined ? n : numeral}${caption ? ` ${caption}` : ''}` };
}

function sheetZh(sheet: string): string {
  return `（工作表“${sheet}”）`;
}

function sheetEn(sheet: string): string {
  return ` (sheet "${sheet}")`;
}

/**
 * No official table in the sheets read (`sheets`); `hidden` names the hidden sheets that were not read,
 * which matters when they are all the workbook has.
 */
export function noTable(sheets: readonly string[], hidden: readonly string[] = []): RecognitionIssue {
  const list = sheets.join('、');
  let message = '工作簿中没有工作表，未找到官方统计表';
  let messageEn = 'The workbook has no sheets: no official table found';
  if (sheets.length) {
    message = `在工作表 ${list} 中未找到官方统计表（表二、表三、表四的行列标签均未找到）`;
    messageEn = `No official table found in sheet(s) ${sheets.join(', ')} (no row or column labels of tables 2, 3 or 4)`;
  } else if (hidden.length) {
    message = `工作簿中只有隐藏的工作表（${hidden.map((h) => `“${h}”`).join('、')}），未读取；如要读取，请在 Excel 中取消隐藏后保存`;
    messageEn = `The workbook has only hidden sheets (${hidden.map((h) => `"${h}"`).join(', ')}), which are not read; unhide the sheet to be read in Excel and save`;
  }
  return { severity: 'error', code: 'no-table', message, messageEn };
}

/** A hidden sheet left out of recognition: often last year's figures or a draft, never part of this report. */
export function hiddenSheet(sheet: string): RecognitionIssue {
  return {
    severity: 'warning',
    code: 'hidden-sheet',
    sheet,
    message: `读取时跳过了隐藏的工作表“${sheet}”（隐藏的工作表不参与校验和汇总；如要读取，请在 Excel 中取消隐藏后保存）`,
    messageEn: `The hidden sheet "${sheet}" was skipped (hidden sheets are neither validated nor consolidated; to have it read, unhide it in Excel and save)`,
  };
}

export function missingTable(table: TableDef, format: FormatId, sheets: readonly string[]): RecognitionIssue {
  const names = tableNames(table);
  const f = getFormat(format);
  return {
    severity: 'error',
    code: 'missing-table',
    table: table.id,
    message: `未找到${names.zh}（${f.source}格式）${sheets.length ? `，已查看工作表 ${sheets.join('、')}` : ''}`,
    messageEn: `${names.en} (${format} format, ${f.source}) not found${sheets.length ? ` in sheet(s) ${sheets.join(', ')}` : ''}`,
  };
}

export function missingLabel(table: TableDef, axis: 'row' | 'column', label: string, sheet: string): RecognitionIssue {
  const names = tableNames(table);
  return {
    severity: 'error',
    code: axis === 'row' ? 'missing-row' : 'missing-column',
    sheet,
    table: table.id,
    message: `${names.zh}缺少${axis === 'row' ? '行' : '列'}：${label}${sheetZh(sheet)}`,
    messageEn: `${names.en} is missing the ${axis}: ${label}${sheetEn(sheet)}`,
  };
}

export function duplicateTable(table: TableDef, used: string, ignored: string): RecognitionIssue {
  const names = tableNames(table);
  return {
    severity: 'error',
    code: 'duplicate-table',
    table: table.id,
    address: ignored,
    message: `${names.zh}出现了不止一次：读取 ${used} 处的表，未读取 ${ignored} 处的表`,
    messageEn: `${names.en} appears more than once: the one at ${used} is read, the one at ${ignored} is not`,
  };
}

export function duplicateRow(table: TableDef, label: string, used: string, ignored: string, sheet: string): RecognitionIssue {
  const names = tableNames(table);
  return {
    severity: 'error',
    code: 'duplicate-row',
    sheet,
    table: table.id,
    address: ignored,
    message: `${names.zh}的行“${label}”出现了两次：读取 ${used}，未读取 ${ignored}`,
    messageEn: `${names.en}: the row "${label}" appears twice: ${used} is read, ${ignored} is not`,
  };
}

export function ambiguousRow(table: TableDef, labels: readonly string[], address: string, sheet: string): RecognitionIssue {
  const names = tableNames(table);
  return {
    severity: 'error',
    code: 'ambiguous-row',
    sheet,
    table: table.id,
    address,
    message: `${names.zh}在 ${address} 所在行同时写有“${labels.join('”和“')}”，无法确定是哪一行，未读取`,
    messageEn: `${names.en}: the row at ${address} carries the labels "${labels.join('" and "')}"; which row it is cannot be told, so it is not read`,
  };
}

export function unrecognisedRow(table: TableDef, text: string, address: string, sheet: string): RecognitionIssue {
  const names = tableNames(table);
  const what = text ? `“${quoteCellText(text)}”` : '（无标签）';
  return {
    severity: 'warning',
    code: 'unrecognised-row',
    sheet,
    table: table.id,
    address,
    message: `${names.zh}中 ${address} 的行${what}不是官方格式的行，其中的数字未读取`,
    messageEn: `${names.en}: the row at ${address} ${text ? `"${quoteCellText(text)}"` : '(no label)'} is not a row of the official format; its figures are not read`,
  };
}

export function groupRowValues(table: TableDef, label: string, address: string, sheet: string): RecognitionIssue {
  const names = tableNames(table);
  return {
    severity: 'warning',
    code: 'group-row-values',
    sheet,
    table: table.id,
    address,
    message: `${names.zh}的分组行“${label}”在官方格式中不填数字（只填其下各项），${address} 等处的数字未读取`,
    messageEn: `${names.en}: the group row "${label}" has no figures in the official format (only its items do); the figures at ${address} are not read`,
  };
}

/** Figures of one row under no official column: the first one quoted, `count` in all. */
export function unlabelledValue(table: TableDef, rowLabel: string, address: string, shown: string, count: number, sheet: string): RecognitionIssue {
  const names = tableNames(table);
  const moreZh = count > 1 ? `等 ${count} 个单元格` : '';
  const moreEn = count > 1 ? ` and ${count - 1} more cell(s)` : '';
  return {
    severity: 'warning',
    code: 'unlabelled-value',
    sheet,
    table: table.id,
    address,
    message: `${names.zh}${rowLabel ? `行“${rowLabel}”` : ''}的 ${address}（${quoteCellText(shown)}）${moreZh}不在任何官方列标题下，未读取`,
    messageEn: `${names.en}${rowLabel ? `, row "${rowLabel}"` : ''}: ${address} (${quoteCellText(shown)})${moreEn} under no official column heading, not read`,
  };
}

/** Problems of one kind beyond the first MAX_LISTED of a table, summed up in one issue. */
export function moreIssues(table: TableDef, count: number, sheet: string): RecognitionIssue {
  const names = tableNames(table);
  return {
    severity: 'warning',
    code: 'more-issues',
    sheet,
    table: table.id,
    message: `${names.zh}另有 ${count} 处类似问题未逐一列出${sheetZh(sheet)}`,
    messageEn: `${names.en}: ${count} more problems of the same kinds are not listed${sheetEn(sheet)}`,
  };
}

/** How many row problems (unread rows, stray figures, duplicates) a table lists one by one. */
export const MAX_LISTED = 30;

export function labelVariant(table: TableDef, typed: string, official: string, address: string, sheet: string): RecognitionIssue {
  const names = tableNames(table);
  return {
    severity: 'warning',
    code: 'label-variant',
    sheet,
    table: table.id,
    address,
    message: `${names.zh}中 ${address} 的标签“${quoteCellText(typed)}”与官方标签“${official}”的括号内容不同，已按官方标签识别，请核对（特别是单位）`,
    messageEn: `${names.en}: the label "${quoteCellText(typed)}" at ${address} differs from the official "${official}" in its bracketed part; read as the official label, please check (units especially)`,
  };
}

/** The labels that told a format, for messages: at most four, then "等". */
export function evidenceText(labels: readonly string[]): { zh: string; en: string } {
  const shown = labels.slice(0, 4);
  const more = labels.length > shown.length;
  return { zh: `${shown.join('、')}${more ? '等' : ''}`, en: `${shown.join(', ')}${more ? ', …' : ''}` };
}

export function mixedFormat(chosen: FormatId, evidence2019: readonly string[], evidence2021: readonly string[], sheets: readonly string[]): RecognitionIssue {
  const e19 = evidenceText(evidence2019);
  const e21 = evidenceText(evidence2021);
  return {
    severity: 'error',
    code: 'mixed-format',
    sheet: sheets.length === 1 ? sheets[0] : undefined,
    message: `工作表 ${sheets.join('、')} 同时有2019格式（${e19.zh}）和2021格式（${e21.zh}）的标签，暂按${chosen}格式识别，请统一为一种格式`,
    messageEn: `Sheet(s) ${sheets.join(', ')} carry labels of both the 2019 format (${e19.en}) and the 2021 format (${e21.en}); read as ${chosen} for now, please use one format`,
  };
}

export function formatAssumed(chosen: FormatId, why: { zh: string; en: string }, sheets: readonly string[]): RecognitionIssue {
  return {
    severity: 'warning',
    code: 'format-assumed',
    sheet: sheets.length === 1 ? sheets[0] : undefined,
    message: `工作表 ${sheets.join('、')} 的标签不能区分2019与2021格式，${why.zh}，按${chosen}格式识别`,
    messageEn: `The labels of sheet(s) ${sheets.join(', ')} do not tell the 2019 format from the 2021 one; ${why.en}, read as ${chosen}`,
  };
}

export function formatForced(forced: FormatId, evidence: readonly string[], sheets: readonly string[]): RecognitionIssue {
  const e = evidenceText(evidence);
  return {
    severity: 'warning',
    code: 'format-forced',
    sheet: sheets.length === 1 ? sheets[0] : undefined,
    message: `按指定的${forced}格式识别，但工作表 ${sheets.join('、')} 有其他格式的标签（${e.zh}）`,
    messageEn: `Read as the ${forced} format as requested, but sheet(s) ${sheets.join(', ')} carry labels of the other format (${e.en})`,
  };
}

export function formatYearMismatch(format: FormatId, year: number, due: FormatId, sheets: readonly string[]): RecognitionIssue {
  return {
    severity: 'warning',
    code: 'format-year-mismatch',
    sheet: sheets.length === 1 ? sheets[0] : undefined,
    message: `${year}年度的报告应使用${getFormat(due).source}格式（${due}），工作表 ${sheets.join('、')} 使用的是${format}格式`,
    messageEn: `A report for ${year} is due in the ${due} format (${getFormat(due).source}); sheet(s) ${sheets.join(', ')} use the ${format} format`,
  };
}

export function infoConflict(what: 'unit' | 'year', used: string, others: readonly string[], sheets: readonly string[]): RecognitionIssue {
  const zhWhat = what === 'unit' ? '填报单位' : '年度';
  return {
    severity: 'warning',
    code: `${what}-conflict`,
    sheet: sheets.length === 1 ? sheets[0] : undefined,
    message: `工作表 ${sheets.join('、')} 写有不同的${zhWhat}：${[used].concat(others).join('、')}，采用“${used}”`,
    messageEn: `Sheet(s) ${sheets.join(', ')} name different ${what}s: ${[used].concat(others).join(', ')}; "${used}" is used`,
  };
}
