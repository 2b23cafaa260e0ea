/**
 * Consolidation as the pane runs it, whatever the host — the one place both workspaces (the open
 * workbook in src/excel, files in src/standalone) read their inputs, add them, report progress and
 * finish: sheets of the open workbook are recognised and validated here; files are read by
 * src/consolidate's readFileInputs (in the ExcelJS chunk, through ./readFile). Everything goes into one
 * Consolidator; the result becomes status lines.
 */
import { createConsolidator, ConsolidationError, type ConsolidationResult, type Consolidator, type SourceEntry } from '../consolidate';
import type { FileReading } from '../consolidate/readInput';
import { noTableReason } from '../consolidate/noTableReason';
import { BREAKDOWN_SHEET, SOURCES_SHEET, SUMMARY_SHEET } from '../consolidate/sheets';
import type { Grid } from '../grid/types';
import type { RecognitionIssue } from '../recognize/types';
import type { Lang } from '../rules/types';
import { validateGrids } from '../workflow/validate';
import { readFileForConsolidation } from './readFile';
import type { ConsolidationInput, InputStatus } from './workspace';

/** The sheets consolidation writes (later runs get “ (2)”, “ (3)”…): never offered as inputs. */
export const OUTPUT_SHEETS = [SUMMARY_SHEET, BREAKDOWN_SHEET, SOURCES_SHEET];

/** True for a sheet that consolidation wrote. */
export function isOutputSheet(name: string): boolean {
  return OUTPUT_SHEETS.some((o) => name === o || name.indexOf(`${o} (`) === 0);
}

/**
 * True for the listings a consolidation writes (汇总明细, 来源清单 and later runs' copies): they carry
 * the official column labels but are not reports, so 校验 leaves them out (全市汇总 is a report and is
 * validated like any other).
 */
export function isConsolidationListing(name: string): boolean {
  return [BREAKDOWN_SHEET, SOURCES_SHEET].some((o) => name === o || name.indexOf(`${o} (`) === 0);
}

/** A fresh consolidator for the pane (invalid inputs excluded and listed; duplicates stop the run). */
export function newConsolidator(lang: Lang): Consolidator {
  return createConsolidator({ lang });
}

/**
 * Add the reports found in one sheet of the open workbook; a sheet with no official table is listed
 * as unreadable with the reason. Returns the number of reports added.
 */
export function addSheet(c: Consolidator, grid: Grid, lang: Lang): number {
  const v = validateGrids([grid], { lang });
  if (v.reports.length === 0) {
    const why = noTableReason(v.issues);
    c.addUnreadable({ file: grid.sheet, sheet: grid.sheet, reason: `工作表“${grid.sheet}”：${why.zh}`, reasonEn: `Sheet "${grid.sheet}": ${why.en}` });
    return 0;
  }
  for (const r of v.reports) c.add({ sheet: grid.sheet, report: r.report, figures: r.figures, findings: r.findings });
  return v.reports.length;
}

/**
 * What the reader told about a file that the user should know (macros not run, external links not
 * followed): the `xlsx-` notices readFileInputs puts at the head of each report's issues, once per file.
 */
export function fileNotices(reading: FileReading): RecognitionIssue[] {
  if (!reading.ok) return [];
  const out: RecognitionIssue[] = [];
  for (const input of reading.inputs) {
    for (const issue of input.report.issues) {
      if (issue.code.indexOf('xlsx-') === 0 && !out.some((o) => o.code === issue.code)) out.push(issue);
    }
  }
  return out;
}

/** Add what one file gave (its reports, or the reason it gives none). Returns the number of reports added. */
export function addFile(c: Consolidator, reading: FileReading): number {
  if (!reading.ok) {
    c.addUnreadable(reading.unreadable);
    return 0;
  }
  for (const input of reading.inputs) c.add(input);
  return reading.inputs.length;
}

function sourceLabel(s: SourceEntry): string {
  if (s.file && s.sheet && s.file !== s.sheet) return `${s.file} · ${s.sheet}`;
  return s.file || s.sheet || s.unit;
}

/** Status lines from the source list of a finished (or refused) consolidation. */
export function statusesOf(sources: readonly SourceEntry[], lang: Lang): InputStatus[] {
  return sources.map((s) => {
    const included = s.status === 'included' || s.status === 'included-invalid';
    const reason = lang === 'en' ? s.reasonEn || s.reason : s.reason;
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

/** Where the inputs' contents come from. */
export interface InputReaders {
  /** The Grid of a chosen sheet of the open workbook (all read beforehand in one sync). */
  readonly sheet?: (name: string) => Grid;
  /** One chosen file: its reports, or why it gives none (default: ./readFile in the ExcelJS chunk). */
  readonly file?: (file: File, lang: Lang) => Promise<FileReading>;
}

/** A finished consolidation and its final status lines (one per source, file notices included). */
export interface ConsolidationOutcome {
  readonly result: ConsolidationResult;
  readonly statuses: InputStatus[];
}

function labelOf(input: ConsolidationInput): string {
  return input.kind === 'sheet' ? input.sheet : input.file.name;
}

/** `status` with the file's notices appended to its detail. */
function withNotices(status: InputStatus, notices: readonly RecognitionIssue[], lang: Lang): InputStatus {
  if (notices.length === 0) return status;
  const texts = notices.map((n) => (lang === 'en' ? n.messageEn : n.message));
  const detail = (status.detail ? [status.detail] : []).concat(texts).join(lang === 'en' ? '; ' : '；');
  return { ...status, detail };
}

/**
 * Read every input in order (a status line per input: waiting → reading → included/failed), add it to a
 * new consolidator and finish. The final status lines come from the source list, with each file's
 * reader notices (macros not run, external links not followed) added to its line, as the CLI lists them.
 * @throws Error with the refusal message (Chinese or English per `lang`) when consolidation stops
 *   (duplicates, mixed formats…), after reporting the refusal's status lines through `onProgress`.
 */
export async function consolidateInputs(
  inputs: readonly ConsolidationInput[],
  readers: InputReaders,
  lang: Lang,
  onProgress: (statuses: readonly InputStatus[]) => void,
): Promise<ConsolidationOutcome> {
  const statuses: InputStatus[] = inputs.map((i) => ({ label: labelOf(i), state: 'waiting' }));
  const report = (): void => onProgress(statuses.slice());
  report();
  const readFile = readers.file || readFileForConsolidation;
  const notices: { [file: string]: RecognitionIssue[] } = {};
  const c = newConsolidator(lang);
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    statuses[i] = { label: statuses[i].label, state: 'reading' };
    report();
    let added: number;
    if (input.kind === 'sheet') {
      if (!readers.sheet) throw new Error(lang === 'en' ? 'Sheets can only be consolidated inside Excel.' : '只有在 Excel 中才能汇总工作表。');
      added = addSheet(c, readers.sheet(input.sheet), lang);
    } else {
      const reading = await readFile(input.file, lang);
      notices[input.file.name] = fileNotices(reading);
      added = addFile(c, reading);
    }
    statuses[i] = { label: statuses[i].label, state: added > 0 ? 'included' : 'failed' };
    report();
  }
  let result: ConsolidationResult;
  try {
    result = c.finish();
  } catch (err) {
    const r = refusal(err, lang);
    onProgress(r.statuses);
    throw new Error(r.message);
  }
  const final = statusesOf(result.sources, lang).map((st, k) => {
    const file = result.sources[k].file;
    return file && notices[file] ? withNotices(st, notices[file], lang) : st;
  });
  return { result, statuses: final };
}
