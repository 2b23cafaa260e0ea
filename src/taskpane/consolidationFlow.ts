/**
 * Consolidation as the pane runs it, whatever the host: each input (a sheet of the open workbook or
 * a file) is recognised and validated, then added to one Consolidator; the result becomes status
 * lines and the two table sheets 汇总明细 and 来源清单. Host-neutral: no Office.js, no ExcelJS.
 */
import { createConsolidator, ConsolidationError, type ConsolidationResult, type SourceEntry, type Consolidator } from '../consolidate';
import type { Grid } from '../grid/types';
import type { Lang } from '../rules/types';
import { validateGrids } from '../workflow/validate';
import type { TableSheet, TableValue } from '../excel/writeTable';
import type { InputStatus } from './workspace';

/** One input as read by its host: its grids, or why it could not be read. */
export interface ReadInput {
  /** What the user sees: the sheet name or the file name. */
  readonly label: string;
  readonly file?: string;
  readonly sheet?: string;
  readonly sha256?: string;
  readonly modified?: number;
  readonly grids?: readonly Grid[];
  readonly error?: { readonly zh: string; readonly en: string };
}

/** Names of the sheets consolidation writes (the 2nd, 3rd… run gets “ (2)”, “ (3)”). */
export const OUTPUT_SHEETS = ['全市汇总', '汇总明细', '来源清单'] as const;

/** True for a sheet that consolidation wrote (never offered as an input). */
export function isOutputSheet(name: string): boolean {
  return OUTPUT_SHEETS.some((o) => name === o || name.indexOf(`${o} (`) === 0);
}

/**
 * Add one read input to the consolidator: every report found in it (a workbook may hold several
 * units' reports), or an unreadable entry naming the input and why.
 * @returns the number of reports added (0 when unreadable or no official table was found).
 */
export function addInput(c: Consolidator, input: ReadInput, lang: Lang): number {
  const where = input.file || input.label;
  if (!input.grids || input.error) {
    const err = input.error || { zh: `无法读取“${where}”`, en: `Cannot read "${where}"` };
    c.addUnreadable({ file: where, sheet: input.sheet, sha256: input.sha256, modified: input.modified, reason: err.zh, reasonEn: err.en });
    return 0;
  }
  const v = validateGrids(input.grids, { lang });
  if (v.reports.length === 0) {
    const detail = v.issues.length > 0 ? v.issues[0] : undefined;
    c.addUnreadable({
      file: where,
      sheet: input.sheet,
      sha256: input.sha256,
      modified: input.modified,
      reason: `“${where}”中没有找到官方统计表${detail ? `：${detail.message}` : ''}`,
      reasonEn: `No official table found in "${where}"${detail ? `: ${detail.messageEn}` : ''}`,
    });
    return 0;
  }
  for (const r of v.reports) {
    c.add({
      file: input.file,
      sheet: input.sheet !== undefined ? input.sheet : r.report.sheets.join('、'),
      sha256: input.sha256,
      modified: input.modified,
      report: r.report,
      figures: r.figures,
      findings: r.findings,
    });
  }
  return v.reports.length;
}

/** A fresh consolidator for the pane (invalid inputs excluded and listed; duplicates stop the run). */
export function newConsolidator(lang: Lang): Consolidator {
  return createConsolidator({ lang });
}

function sourceLabel(s: SourceEntry): string {
  if (s.file && s.sheet) return `${s.file} · ${s.sheet}`;
  return s.file || s.sheet || s.unit;
}

/** Status lines from the source list of a finished (or refused) consolidation. */
export function statusesOf(sources: readonly SourceEntry[], lang: Lang): InputStatus[] {
  return sources.map((s) => {
    const included = s.status === 'included' || s.status === 'included-invalid';
    const reason = lang === 'en' ? s.reasonEn : s.reason;
    const firstError = s.firstErrors.length > 0 ? s.firstErrors[0] : undefined;
    return {
      label: sourceLabel(s),
      state: s.status === 'unreadable' ? 'failed' : included ? 'included' : 'excluded',
      unit: s.unit,
      detail: reason || (!included && firstError ? firstError : undefined),
    };
  });
}

/** The message of a consolidation that stopped, with the status lines it carries. */
export function refusal(err: unknown, lang: Lang): { message: string; statuses: InputStatus[] } {
  if (err instanceof ConsolidationError) {
    return { message: lang === 'en' ? err.messageEn : err.message, statuses: statusesOf(err.sources, lang) };
  }
  return { message: err instanceof Error ? err.message : String(err), statuses: [] };
}

const STATUS_TEXT: { [k in SourceEntry['status']]: { zh: string; en: string } } = {
  included: { zh: '计入汇总', en: 'included' },
  'included-invalid': { zh: '计入汇总（有错误）', en: 'included (has errors)' },
  'excluded-invalid': { zh: '未计入：有错误', en: 'excluded: has errors' },
  'excluded-duplicate': { zh: '未计入：重复', en: 'excluded: duplicate' },
  unreadable: { zh: '无法读取', en: 'unreadable' },
};

/**
 * 汇总明细: one row per included unit, one column per figure headed by its official labels
 * (table / row / column, verbatim), and the 合计 row (equal to 全市汇总).
 */
export function breakdownTable(result: ConsolidationResult): TableSheet {
  const b = result.breakdown;
  const head1: TableValue[] = ['序号', '填报单位'];
  const head2: TableValue[] = ['', ''];
  const head3: TableValue[] = ['', ''];
  for (const c of b.columns) {
    head1.push(`${c.section} ${c.tableTitle}`.trim());
    head2.push(c.row);
    head3.push(c.unit ? `${c.column}（${c.unit}）` : c.column);
  }
  const rows: TableValue[][] = [head1, head2, head3];
  b.rows.forEach((r, i) => {
    const line: TableValue[] = [i + 1, r.status === 'included-invalid' ? `${r.unit}（有错误）` : r.unit];
    rows.push(line.concat(r.values.slice()));
  });
  const total: TableValue[] = ['', '合计'];
  rows.push(total.concat(b.total.slice()));
  const widths = [6, 24].concat(b.columns.map(() => 12));
  return { rows, headerRows: 3, columnWidths: widths, boldRows: [b.rows.length] };
}

/** 来源清单: each input with file, sheet, unit, format, SHA-256, errors, warnings, status and reason, and the time. */
export function sourcesTable(result: ConsolidationResult): TableSheet {
  const rows: TableValue[][] = [
    ['序号', '文件', '工作表', '填报单位', '格式', '年度', 'SHA-256', '错误', '提示', '状态', '原因', '汇总时间'],
  ];
  for (const s of result.sources) {
    rows.push([
      s.index,
      s.file || '',
      s.sheet || '',
      s.unit,
      s.format || '',
      s.year !== undefined ? s.year : '',
      s.sha256 || '',
      s.errors,
      s.warnings,
      STATUS_TEXT[s.status].zh,
      s.reason || (s.firstErrors.length > 0 ? s.firstErrors.join('；') : ''),
      result.consolidatedAt,
    ]);
  }
  return { rows, headerRows: 1, columnWidths: [6, 28, 16, 24, 6, 6, 20, 6, 6, 16, 40, 22] };
}
