/**
 * A worksheet as plain cells: what every host (ExcelJS in Node or the browser, Office.js in Excel)
 * hands to the core, and the only thing recognition and validation read.
 */

/** The value a spreadsheet shows in a cell, before the core interprets it. */
export type RawValue = string | number | boolean | Date | null;

/** One cell. `value` is the cached/displayed value; a formula cell keeps its formula too. */
export interface GridCell {
  readonly value: RawValue;
  /** Formula text without the leading '=', when the cell holds a formula. */
  readonly formula?: string;
  /** True when the cell holds a formula but the file stores no cached value for it (never read as 0). */
  readonly noCachedValue?: boolean;
  /** Spreadsheet error value shown in the cell, e.g. '#REF!', '#DIV/0!'. */
  readonly error?: string;
}

/** A merged range, 0-based, inclusive. */
export interface MergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * One worksheet. `cells[r][c]` is 0-based (row 0 = spreadsheet row 1, column 0 = column A);
 * rows may be ragged and entries undefined/null for empty cells.
 * Merged ranges keep their value in the top-left cell only, as in .xlsx.
 */
export interface Grid {
  readonly sheet: string;
  readonly cells: ReadonlyArray<ReadonlyArray<GridCell | null | undefined>>;
  readonly merges: readonly MergeRange[];
  /** Hidden format marker written by our template (see layout), if the sheet carries one. */
  readonly marker?: TemplateMarker;
  /**
   * True when the sheet is hidden in the workbook (Excel's 隐藏 or VBA's very hidden): often last year's
   * figures or a draft kept out of sight. Recognition leaves such sheets out (with a warning). Hosts
   * that only hand over visible sheets (Office.js) leave it unset.
   */
  readonly hidden?: boolean;
}

/** What our template records in a hidden place so a renamed sheet is still recognised. */
export interface TemplateMarker {
  readonly product: 'nianbao';
  readonly format: '2019' | '2021';
  readonly templateVersion: number;
  readonly unit?: string;
  readonly year?: number;
}
