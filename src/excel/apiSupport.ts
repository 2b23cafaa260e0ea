/// <reference types="office-js" />
/**
 * Which Excel JavaScript API features this Excel has. ExcelApi 1.1 (Office 2016 volume editions) is
 * the baseline every job works on; the rest is used only when Office.context.requirements says so.
 */

export interface ApiSupport {
  /** ExcelApi 1.2: Range.merge, format.protection, sheet protection, autofit, columnHidden. */
  readonly merge: boolean;
  readonly protection: boolean;
  readonly autofit: boolean;
  readonly hideColumns: boolean;
  /** ExcelApi 1.6: conditional formats (the template's live checks). */
  readonly conditionalFormats: boolean;
  /** ExcelApi 1.7: frozen panes (the heading rows of 汇总明细 and 来源清单). */
  readonly freezePanes: boolean;
  /** ExcelApi 1.8: data validation on input cells. */
  readonly dataValidation: boolean;
  /** ExcelApi 1.9: page layout (print setup) and RangeFill.pattern (tells "no fill" from white). */
  readonly pageLayout: boolean;
  readonly fillPattern: boolean;
  /** ExcelApi 1.13: merged areas of a range (read merges back), insertWorksheetsFromBase64. */
  readonly mergedAreas: boolean;
}

/** Office 2016 volume editions: ExcelApi 1.1 only. */
export const EXCEL_API_1_1: ApiSupport = {
  merge: false,
  protection: false,
  autofit: false,
  hideColumns: false,
  conditionalFormats: false,
  freezePanes: false,
  dataValidation: false,
  pageLayout: false,
  fillPattern: false,
  mergedAreas: false,
};

/** Microsoft 365: everything this add-in can use. */
export const EXCEL_API_FULL: ApiSupport = {
  merge: true,
  protection: true,
  autofit: true,
  hideColumns: true,
  conditionalFormats: true,
  freezePanes: true,
  dataValidation: true,
  pageLayout: true,
  fillPattern: true,
  mergedAreas: true,
};

/**
 * Ask Office which requirement sets it supports.
 * @param isSetSupported Office.context.requirements.isSetSupported (a fake in tests).
 */
export function detectApiSupport(isSetSupported: (name: string, version?: string) => boolean): ApiSupport {
  const has = (v: string): boolean => {
    try {
      return !!isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  const v12 = has('1.2');
  return {
    merge: v12,
    protection: v12,
    autofit: v12,
    hideColumns: v12,
    conditionalFormats: has('1.6'),
    freezePanes: has('1.7'),
    dataValidation: has('1.8'),
    pageLayout: has('1.9'),
    fillPattern: has('1.9'),
    mergedAreas: has('1.13'),
  };
}
