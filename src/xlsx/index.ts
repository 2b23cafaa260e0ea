/**
 * src/xlsx: .xlsx workbooks in and out with ExcelJS 4.4, browser-safe.
 * Node-only file helpers (readWorkbookFile, writeWorkbookFile) are in src/xlsx/node.
 */
export { writeLayout } from './writeLayout';
export { templateWorkbook, workbookBytes } from './template';
export { readWorkbook, readWorkbookWithNotices, worksheetToGrid, isOfficeLockFileName } from './readWorkbook';
export type { WorkbookReading, ReadWorkbookOptions } from './readWorkbook';
export { toGridCell } from './cellValue';
export { XlsxReadError, XlsxWriteError } from './errors';
export type { XlsxReadErrorCode, XlsxWriteErrorCode, XlsxNotice } from './errors';
export * from './limits';
export { sniffFile } from './sniff';
export type { FileKind } from './sniff';
