/**
 * A host-neutral plan of one worksheet holding the official statistical tables (二, 三, 四).
 *
 * The plan is plain data: every coordinate is 0-based (row 0 = spreadsheet row 1, column 0 = column A),
 * so any host can derive A1 addresses with `src/grid` (`a1`, `columnLetters`). Two hosts carry it out:
 * ExcelJS (`src/xlsx/writeLayout.ts`) and Office.js (`src/excel/`). Neither adds cells, merges or rules
 * of its own: what the sheet shows is decided here.
 */
import type { CellRef, FormatId, TableId, Unit, ValueKind } from '../formats/types';
import type { MergeRange, TemplateMarker } from '../grid/types';

/**
 * What a cell is for. Hosts turn a role into fonts, fills and borders through `ROLE_STYLES`
 * (src/layout/styles.ts); the plan never names Excel specifics.
 */
export type StyleRole =
  | 'title'
  | 'subtitle'
  | 'fieldLabel'
  | 'fieldInput'
  | 'sectionHeading'
  | 'caption'
  | 'header'
  | 'note'
  | 'rowLabel'
  | 'groupLabel'
  | 'input'
  | 'total'
  | 'marker';

/** Horizontal alignment of a role. */
export type HorizontalAlign = 'left' | 'center' | 'right';

/** Concrete, host-neutral look of a role. Sizes in points, colours as RRGGBB hex without '#'. */
export interface CellStyle {
  readonly font: {
    /** Font family as Windows/WPS names it (宋体, 仿宋, 黑体). */
    readonly name: string;
    readonly size: number;
    readonly bold?: boolean;
    readonly color?: string;
  };
  readonly horizontal: HorizontalAlign;
  readonly vertical: 'top' | 'middle' | 'bottom';
  readonly wrap: boolean;
  /** 'thin' draws a thin border on every edge of the cell (or merged range); 'bottom' only below it. */
  readonly border: 'none' | 'thin' | 'bottom';
  /** Solid background fill, if any. */
  readonly fill?: string;
  /** False for cells the user types into: they stay editable while the sheet is protected. */
  readonly locked: boolean;
}

/** One written cell (for a merged range: its top-left cell, with `merge` set). */
export interface LayoutCell {
  readonly row: number;
  readonly col: number;
  /**
   * Literal content. Strings are text, never formulas: a host must write a string that starts with
   * '=', '+', '-' or '@' as text (Office.js: number format "@" first).
   */
  readonly value: string | number | null;
  readonly role: StyleRole;
  /** The merged range this cell heads, when it spans more than one cell. */
  readonly merge?: MergeRange;
}

/** A cell that holds one official figure. */
export interface InputCell {
  readonly ref: CellRef;
  /** `refKey(ref)`: TABLE/ROW:COL. */
  readonly key: string;
  /** Top-left cell, where the value lives. */
  readonly row: number;
  readonly col: number;
  /** The whole cell area (a merged range for 表二's wide cells, else the cell itself). */
  readonly range: MergeRange;
  readonly kind: ValueKind;
  readonly unit?: Unit;
  /** True for a 总计 cell (a total column or the （七）总计 row): typed by the user, checked live. */
  readonly isTotal: boolean;
}

/**
 * A total and the figures it sums, derived from the format's `isTotal` flags:
 * - `across`: a 总计 column cell = Σ the other data columns under the same column group, same row;
 * - `down`: a （七）总计 row cell = Σ the other data rows under the same row group, same column.
 * The cell （七）总计/总计 of 表三 is a total both ways and appears twice.
 */
export interface TotalCheck {
  readonly ref: CellRef;
  readonly direction: 'across' | 'down';
  readonly parts: readonly CellRef[];
}

/** The 勾稽关系 of 表三 for one column: Σ lhs = Σ rhs (一+二 = （七）总计+四). */
export interface BalanceCheck {
  readonly table: TableId;
  readonly column: string;
  readonly lhs: readonly CellRef[];
  readonly rhs: readonly CellRef[];
  /** The verbatim note printed in the table (source of the rule). */
  readonly note: string;
}

/**
 * A live check as a conditional format: while `formula` is TRUE the cells of `range` turn red.
 * The formula uses absolute A1 references only (plain `SUM`, `+`, `<>`), so it means the same
 * wherever a host anchors it and works in Excel, WPS and LibreOffice.
 */
export interface ConditionalRule {
  readonly purpose: 'total' | 'balance';
  readonly range: MergeRange;
  /** Formula without the leading '='. */
  readonly formula: string;
  /** The figures the rule colours (for hosts that mark or explain). */
  readonly refs: readonly CellRef[];
}

/** Data validation of input cells by value kind. Error texts are Chinese, shown by the spreadsheet. */
export interface ValidationRule {
  readonly range: MergeRange;
  readonly kind: ValueKind;
  readonly type: 'whole' | 'decimal';
  readonly operator: 'greaterThanOrEqual' | 'between';
  readonly formulae: readonly number[];
  readonly allowBlank: true;
  readonly errorTitle: string;
  readonly error: string;
}

/** The 填报单位/填报人/联系电话/填报日期 line: a label cell and the cell the user fills. */
export interface FieldCell {
  readonly field: 'unit' | 'filler' | 'phone' | 'date';
  readonly label: string;
  readonly labelRange: MergeRange;
  readonly valueRange: MergeRange;
  readonly value: string | null;
}

/** Where one official table sits. `top` is its first header row (表二: its caption row). */
export interface TablePlacement {
  readonly table: TableId;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** Number of header rows (表三 and 表四: 3; 表二 sub-tables: caption + 1). */
  readonly headerRows: number;
}

/** A section heading row (二、三、四), verbatim from `format.sectionHeadings`. */
export interface SectionPlacement {
  readonly heading: string;
  readonly row: number;
}

/** Print setup: A4 landscape, one page wide, as many pages tall as needed. Margins in inches. */
export interface PrintSetup {
  readonly paper: 'A4';
  readonly orientation: 'landscape';
  readonly fitToWidth: 1;
  /** 0 = as many pages as needed. */
  readonly fitToHeight: 0;
  readonly horizontalCentered: true;
  readonly margins: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
    readonly header: number;
    readonly footer: number;
  };
  readonly area: MergeRange;
  /** Rows that start a new printed page (a manual break is placed above each). */
  readonly pageBreaksBefore: readonly number[];
}

/** Sheet protection without a password: users can unprotect it from the ribbon. */
export interface ProtectionPlan {
  readonly password: null;
  readonly allowFormatColumns: true;
  readonly allowFormatRows: true;
  readonly allowSelectLocked: true;
  readonly allowSelectUnlocked: true;
}

/** The hidden template marker cell (see src/layout/marker.ts for why a cell). */
export interface MarkerPlacement {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly marker: TemplateMarker;
}

/** The whole plan of one worksheet. */
export interface SheetLayout {
  readonly format: FormatId;
  readonly templateVersion: number;
  readonly unit?: string;
  readonly year?: number;
  /** Suggested worksheet name. */
  readonly sheetName: string;
  /** Number of columns the tables occupy (the marker column comes right after). */
  readonly width: number;
  /** Every column from A, with its width in Excel character units (width of '0'); the last is the hidden marker column. */
  readonly columns: ReadonlyArray<{ readonly width: number; readonly hidden: boolean }>;
  /** Row heights in points, by 0-based row; every row up to the last table row is listed. */
  readonly rowHeights: readonly number[];
  readonly cells: readonly LayoutCell[];
  readonly merges: readonly MergeRange[];
  readonly sections: readonly SectionPlacement[];
  readonly tables: readonly TablePlacement[];
  readonly fields: readonly FieldCell[];
  readonly inputs: readonly InputCell[];
  readonly totals: readonly TotalCheck[];
  readonly balance: readonly BalanceCheck[];
  readonly conditionalFormats: readonly ConditionalRule[];
  readonly validations: readonly ValidationRule[];
  readonly print: PrintSetup;
  readonly protection: ProtectionPlan;
  readonly marker: MarkerPlacement;
  /** The look of every role (the same table `ROLE_STYLES`), carried so a host needs only the plan. */
  readonly styles: Readonly<Record<StyleRole, CellStyle>>;
  /** Light red fill + dark red font for the live checks. */
  readonly alertStyle: { readonly fill: string; readonly fontColor: string };
}
