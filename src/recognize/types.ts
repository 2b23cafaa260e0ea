/** What recognition finds in worksheets: the official tables located by their labels. */
import type { FormatId, TableId } from '../formats/types';

/** Where one figure sits. `address` is sheet-qualified as users read it (表三!C12). */
export interface LocatedCell {
  readonly sheet: string;
  /** 0-based row and column in the sheet. */
  readonly row: number;
  readonly col: number;
  readonly address: string;
}

/** One official table found in a sheet. */
export interface RecognizedTable {
  readonly table: TableId;
  readonly format: FormatId;
  readonly sheet: string;
  /** `cellKey(rowCode, columnCode)` → where that figure is. Only matched figures are present. */
  readonly cells: Readonly<Record<string, LocatedCell>>;
  /** Labels of the format that could not be matched for this table (rows or columns missing), verbatim. */
  readonly missing: readonly string[];
}

/** A problem met while recognising: always names what was looked for and where. */
export interface RecognitionIssue {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly sheet?: string;
  readonly table?: TableId;
  readonly address?: string;
  /** Chinese message. */
  readonly message: string;
  /** English message. */
  readonly messageEn: string;
}

/** One report: the official tables of one unit, found in one sheet or spread over a workbook's sheets. */
export interface RecognizedReport {
  readonly format: FormatId;
  /** The labels that decided the format, for the user (e.g. 本年制发件数). */
  readonly formatEvidence: string;
  readonly sheets: readonly string[];
  readonly tables: readonly RecognizedTable[];
  /** 填报单位 (from the 填报单位 line, the title or our marker), if found. */
  readonly unit?: string;
  /** Report year (from the title or our marker), if found. */
  readonly year?: number;
  readonly issues: readonly RecognitionIssue[];
}

/** Options of `recognizeWorkbook`. */
export interface RecognizeOptions {
  /** Read every report in this format instead of telling it from the labels (a warning when they disagree). */
  readonly format?: FormatId;
}

/** What `recognizeWorkbook` returns. */
export interface WorkbookRecognition {
  /** The reports found, in sheet order. Empty when no official table was found (then `issues` says so). */
  readonly reports: RecognizedReport[];
  /** Issues that belong to no report (e.g. `no-table`). Each report's own issues are in `report.issues`. */
  readonly issues: RecognitionIssue[];
}
