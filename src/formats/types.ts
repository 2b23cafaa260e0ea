/**
 * Types of the official statistical tables of the 政府信息公开工作年度报告.
 *
 * Every figure of a report has an identity: (format, table, row code, column code).
 * Codes are the stable ASCII codes of `shared/formats/formats.json`; labels are the
 * verbatim Chinese labels of `shared/formats/formats.md` (full-width punctuation).
 */

/** Format version: 国办公开办函〔2019〕60号 or 国办公开办函〔2021〕30号 (in force). */
export type FormatId = '2019' | '2021';

/** Ids of the tables, shared by both versions (2021 has no `t2_art20_9`). */
export type TableId =
  | 't2_art20_1'
  | 't2_art20_5'
  | 't2_art20_6'
  | 't2_art20_8'
  | 't2_art20_9'
  | 't3_applications'
  | 't4_review_litigation';

/**
 * What a cell may hold.
 * - `count`: a whole number ≥ 0 (件 or 项).
 * - `signedCount`: a whole number that may be negative (本年增/减, 2019 format).
 * - `amount`: money in 万元, decimals allowed, ≥ 0.
 */
export type ValueKind = 'count' | 'signedCount' | 'amount';

/** Unit of a figure as the report means it. 2019 prints no unit at all; 2021 prints （单位：万元） for 第二十条第（八）项 only. */
export type Unit = '件' | '项' | '万元';

/** A column (or column group) of a table. Group columns (`isData: false`) carry no figures. */
export interface ColumnDef {
  readonly code: string;
  /** Verbatim official label. */
  readonly label: string;
  /** Code of the group column this one sits under, if any. */
  readonly parent?: string;
  readonly isData: boolean;
  /** Value kind of the data cells of this column (data columns only). */
  readonly kind?: ValueKind;
  readonly unit?: Unit;
  /** True for a column whose cells are the sum of the other data columns under the same parent (总计). */
  readonly isTotal?: boolean;
}

/** A row (or row group) of a table. Group rows (`isData: false`) carry no figures (e.g. （三）不予公开). */
export interface RowDef {
  readonly code: string;
  /** Verbatim official label ('' for the single unlabeled data row of 表四). */
  readonly label: string;
  readonly parent?: string;
  readonly isData: boolean;
  /** True for a row whose cells are the sum of the other data rows under the same parent (（七）总计). */
  readonly isTotal?: boolean;
}

/**
 * The 勾稽关系 printed in the header of 表三, applied to every data column:
 * Σ lhs rows = Σ rhs rows.
 */
export interface BalanceDef {
  /** The verbatim note as printed in the table's top-left header cell. */
  readonly note: string;
  readonly lhs: readonly string[];
  readonly rhs: readonly string[];
}

/** One official table. */
export interface TableDef {
  readonly id: TableId;
  /** Section heading the table belongs to, e.g. 三、收到和处理政府信息公开申请情况. */
  readonly section: string;
  /** Caption (第二十条第（一）项) or the table's name. */
  readonly title: string;
  readonly columns: readonly ColumnDef[];
  readonly rows: readonly RowDef[];
  readonly balance?: BalanceDef;
}

/** One official format version. */
export interface FormatDef {
  readonly id: FormatId;
  /** Issuing document number, e.g. 国办公开办函〔2021〕30号. */
  readonly source: string;
  /** Full title of the issuing document. */
  readonly document: string;
  /** First report year the format applies to. */
  readonly firstReportYear: number;
  /** Last report year, or undefined while in force. */
  readonly lastReportYear?: number;
  readonly sectionHeadings: readonly string[];
  readonly tables: readonly TableDef[];
}

/** Identity of one figure: `tableId` + row code + column code. */
export interface CellRef {
  readonly table: TableId;
  readonly row: string;
  readonly column: string;
}
