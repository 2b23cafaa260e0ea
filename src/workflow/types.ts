/** Results of the whole validation job over one workbook (or one set of sheets). */
import type { RecognizedReport, RecognitionIssue } from '../recognize/types';
import type { Finding, ReportFigures } from '../rules/types';

/** One report found in the workbook, its figures and everything validation found. */
export interface ValidatedReport {
  readonly report: RecognizedReport;
  readonly figures: ReportFigures;
  /** Value findings and identity findings, errors first. */
  readonly findings: readonly Finding[];
}

/** What `validateGrids` returns. */
export interface WorkbookValidation {
  readonly reports: readonly ValidatedReport[];
  /** Recognition issues that belong to no report (e.g. no official table in any sheet). */
  readonly issues: readonly RecognitionIssue[];
}
