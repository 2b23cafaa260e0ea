/**
 * The one-click validation job over worksheets, shared by the CLI, the standalone page and the add-in:
 * recognise the official tables in the grids, read their figures, check every identity and value.
 */
import type { FormatId } from '../formats/types';
import type { Grid } from '../grid/types';
import { recognizeWorkbook } from '../recognize';
import { readFigures, sortFindings, validateFigures } from '../rules';
import type { Lang } from '../rules/types';
import type { ValidatedReport, WorkbookValidation } from './types';

/**
 * Validate every report found in `grids` (the sheets of one workbook).
 * Never throws on sheet content: problems become findings (per report) or issues (no table at all).
 * @param options.format force a format instead of telling it from the labels
 */
export function validateGrids(grids: readonly Grid[], options: { lang: Lang; format?: FormatId }): WorkbookValidation {
  const recognized = recognizeWorkbook(grids as Grid[], options.format ? { format: options.format } : undefined);
  const reports: ValidatedReport[] = recognized.reports.map((report) => {
    const read = readFigures(report, grids, options.lang);
    const findings = sortFindings(read.findings.concat(validateFigures(read.figures, { lang: options.lang })), report.format);
    return { report, figures: read.figures, findings };
  });
  return { reports, issues: recognized.issues };
}
