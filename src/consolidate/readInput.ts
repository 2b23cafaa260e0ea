/**
 * One departmental workbook's bytes → consolidation inputs (one per report found in it), or the reason
 * it cannot be used. Browser-safe: takes bytes and a file name, so the task pane (files dropped in)
 * and the CLI (files read by ./node/files.ts) share it. The bytes are only read.
 */
import type { FormatId } from '../formats/types';
import type { RecognitionIssue } from '../recognize/types';
import { noTableReason } from './noTableReason';
import type { Lang } from '../rules/types';
import { validateGrids } from '../workflow/validate';
import { readWorkbookWithNotices, XlsxReadError } from '../xlsx';
import type { XlsxNotice } from '../xlsx';
import { sha256Hex } from './sha256';
import { BREAKDOWN_SHEET, SOURCES_SHEET } from './sheets';
import type { ConsolidationInput, UnreadableInput } from './types';

/** What one file gives: its reports as inputs, or why it gives none. */
export type FileReading =
  | { readonly ok: true; readonly inputs: readonly ConsolidationInput[] }
  | { readonly ok: false; readonly unreadable: UnreadableInput };

/** Options of `readFileInputs`. */
export interface ReadFileOptions {
  /** File modification time (ms since 1970), for preferLatest. */
  readonly modified?: number;
  /** SHA-256 of the bytes if the host computed it already (Node's crypto); else computed here. */
  readonly sha256?: string;
  /** Language of validation messages (default zh). */
  readonly lang?: Lang;
  /** Force a format instead of telling it from the labels. */
  readonly format?: FormatId;
}

/**
 * Reads, recognises and validates every report of one workbook.
 * Never throws on file content: an unreadable file (not a zip, .xls, encrypted, damaged) or a workbook
 * with no official table gives `ok: false` with a message naming the file.
 */
export async function readFileInputs(bytes: Uint8Array, file: string, options: ReadFileOptions = {}): Promise<FileReading> {
  const lang = options.lang || 'zh';
  const sha256 = options.sha256 || sha256Hex(bytes);
  const base = { file, sha256, modified: options.modified };
  let grids;
  let notices: readonly XlsxNotice[];
  try {
    ({ grids, notices } = await readWorkbookWithNotices(bytes, { name: file }));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const messageEn = e instanceof XlsxReadError ? e.messageEn : message;
    return { ok: false, unreadable: { ...base, reason: `${file}：${message}`, reasonEn: `${file}: ${messageEn}` } };
  }
  const names = grids.map((g) => g.sheet);
  if (names.indexOf(BREAKDOWN_SHEET) >= 0 && names.indexOf(SOURCES_SHEET) >= 0) {
    // A previous consolidation's output (its 全市汇总 is a valid report): summing it would count every department twice.
    return {
      ok: false,
      unreadable: {
        ...base,
        reason: `${file}：这是汇总结果文件（含“${BREAKDOWN_SHEET}”“${SOURCES_SHEET}”），不作为输入，以免重复计算。`,
        reasonEn: `${file}: a consolidation output (has ${BREAKDOWN_SHEET} and ${SOURCES_SHEET}); not taken as an input, to avoid counting twice.`,
      },
    };
  }
  const validation = validateGrids(grids, { lang, format: options.format });
  if (validation.reports.length === 0) {
    const why = noTableReason(validation.issues);
    return { ok: false, unreadable: { ...base, reason: `${file}：${why.zh}`, reasonEn: `${file}: ${why.en}` } };
  }
  // Macros not run, links not followed, hidden sheets skipped: the workbook's, listed with each report's warnings.
  const workbookNotes: ReadonlyArray<XlsxNotice | RecognitionIssue> = [...notices, ...validation.issues];
  return {
    ok: true,
    inputs: validation.reports.map((r) => ({
      file,
      sheet: r.report.sheets.join('、'),
      sha256,
      modified: options.modified,
      report: workbookNotes.length > 0 ? { ...r.report, issues: [...workbookNotes, ...r.report.issues] } : r.report,
      figures: r.figures,
      findings: r.findings,
    })),
  };
}

