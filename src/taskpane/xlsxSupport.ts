/**
 * Everything that needs ExcelJS, gathered in one module that is only ever loaded by dynamic import
 * (see readFile.ts `loadXlsx`): webpack puts it, src/xlsx and ExcelJS in async chunks that the pages
 * do not load at start, and IE11 never loads.
 */
export { readWorkbook, readWorkbookWithNotices, templateWorkbook, workbookBytes } from '../xlsx';
export { readFileInputs } from '../consolidate/readInput';
export { consolidationWorkbookBytes } from '../consolidate/workbook';
