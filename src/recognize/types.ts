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
  /**
   * Official labels of this table's data rows, then data columns, that were not found, verbatim as
   * `rowPath` / `columnPath` give them (a sub-item with its group: "（五）不予处理 4.无正当理由大量反复申请";
   * a column with its group: "法人或其他组织 商业企业"). Their figures are absent from `cells`.
   */
  readonly missing: readonly string[];
}

/**
 * A problem met while recognising: always names what was looked for and where.
 * Codes are listed in src/recognize/messages.ts (no-table, missing-table, missing-row, missing-column,
 * duplicate-table, duplicate-row, ambiguous-row, mixed-format, format-assumed, format-forced,
 * format-year-mismatch, unrecognised-row, group-row-values, unlabelled-value, label-variant,
 * unit-conflict, year-conflict, more-issues, hidden-sheet). Errors mean figures are missing or the format is in doubt.
 */
export interface RecognitionIssue {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly sheet?: string;
  readonly table?: TableId;
  /** Sheet-qualified address of the cell concerned (表三!A15), when there is one. */
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
  /** The sheets its tables were found on, in workbook order. */
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
