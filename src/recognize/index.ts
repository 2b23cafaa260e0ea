/**
 * Recognition: the official tables found in any worksheets by their labels.
 * The one entry point is `recognizeWorkbook`; `normalizeLabel` is the label comparison's normal form.
 */
export { recognizeWorkbook } from './recognizeWorkbook';
export { normalizeLabel } from './normalize';
export { tableNames } from './messages';
export type { LocatedCell, RecognizedTable, RecognitionIssue, RecognizedReport, RecognizeOptions, WorkbookRecognition } from './types';
