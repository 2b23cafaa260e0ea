/**
 * Shapes of a consolidation: the departmental reports going in, and the city-level report, breakdown
 * and source list coming out, all as plain data that any host (CLI, task pane) can write.
 */
import type { CellRef, FormatId, TableId, Unit } from '../formats/types';
import type { RecognizedReport } from '../recognize/types';
import type { Finding, ReportFigures } from '../rules/types';
import type { UnitNameSource } from './unitName';

/** One departmental report, recognised and validated by the host, ready to be added. */
export interface ConsolidationInput {
  /** Unit name given explicitly by the user; overrides the report's 填报单位. */
  readonly unit?: string;
  /** File the report came from, as the user named it (a path or a base name). Absent for sheets of an open workbook. */
  readonly file?: string;
  /** Sheet(s) the report was found in; defaults to the report's sheets joined with 、. */
  readonly sheet?: string;
  /** Lower-case hex SHA-256 of the file's bytes (content duplicates are detected with it). */
  readonly sha256?: string;
  /** Modification time of the file, ms since 1970 (UTC); decides which duplicate is the latest. */
  readonly modified?: number;
  readonly report: RecognizedReport;
  /** The report's figures by `refKey`, as read by the rules' value reading. */
  readonly figures: ReportFigures;
  /** Every finding of validation on these figures (value findings and identities). */
  readonly findings: readonly Finding[];
}

/** An input that could not be read or in which no official table was found: listed, never summed. */
export interface UnreadableInput {
  readonly file: string;
  readonly sheet?: string;
  readonly sha256?: string;
  readonly modified?: number;
  /** Why, in Chinese, naming the file (and sheet/cell where known). */
  readonly reason: string;
  readonly reasonEn: string;
}

/** Options of a consolidation run (the CLI's --include-invalid, --prefer-latest, --units). */
export interface ConsolidationOptions {
  /** Sum inputs that have errors too, flagging every figure they touch. Default false: they are excluded and listed. */
  readonly includeInvalid?: boolean;
  /**
   * When the same unit (or the same file content) arrives twice, decide which copy is summed instead of
   * stopping (see ./duplicates.ts): a valid filled-in copy beats an invalid or blank one; among equally
   * valid copies the larger `modified` wins; copies tied on time (two sheets of one file, equal or
   * unknown times) must have the same figures, else the run stops with them. Unreadable inputs are
   * never duplicates (a newer broken copy does not replace a readable report; it is listed as unreadable).
   */
  readonly preferLatest?: boolean;
  /** The units that should report (names as the user wrote them); missing and unexpected units are reported. */
  readonly expectedUnits?: readonly string[];
  /** The format every input must follow; default: the one the inputs share. */
  readonly format?: FormatId;
  /** The report year every input must have; default: the one the inputs share. */
  readonly year?: number;
  /** Time of the consolidation (default: now). */
  readonly now?: Date;
}

/** What happened to one input. */
export type SourceStatus =
  /** summed */
  | 'included'
  /** summed although it has errors (includeInvalid); its figures are flagged */
  | 'included-invalid'
  /** not summed: it has errors */
  | 'excluded-invalid'
  /** not summed: another input of the same unit or content was preferred */
  | 'excluded-duplicate'
  /** not summed: every figure is blank (a form sent back unfilled; rule report-blank) */
  | 'excluded-blank'
  /** not summed: the file could not be read or holds no official table */
  | 'unreadable';

/** What is known of one input whatever becomes of it: a line of the source list without its status. */
export interface SourceFacts {
  /** 1-based order in which the input was added. */
  readonly index: number;
  readonly file?: string;
  readonly sheet?: string;
  /** Unit name as printed (control characters removed, length bounded). */
  readonly unit: string;
  readonly unitSource: UnitNameSource;
  /** Comparison key of the unit name (see `unitKey`). */
  readonly unitKey: string;
  readonly format?: FormatId;
  readonly year?: number;
  readonly sha256?: string;
  readonly modified?: number;
  /** Error and warning counts: validation findings plus recognition issues. */
  readonly errors: number;
  readonly warnings: number;
  /** Figures of the format not found in the sheet (counted as blank). */
  readonly missingFigures: number;
  /** Every figure is blank (or absent): the form was not filled in. Never summed. */
  readonly blank: boolean;
  /** The first error messages (at most 3), each naming its cell, for the list. */
  readonly firstErrors: readonly string[];
}

/** One line of the source list (来源清单): the input's facts, what happened to it and why. */
export interface SourceEntry extends SourceFacts {
  readonly status: SourceStatus;
  /** Why the input is excluded or flagged (Chinese / English); absent for a clean inclusion. */
  readonly reason?: string;
  readonly reasonEn?: string;
}

/** Readable inputs that are the same unit or the same file (unreadable inputs take no part). */
export interface DuplicateGroup {
  /** `unit`: same normalised unit name; `content`: same SHA-256 and sheet. */
  readonly kind: 'unit' | 'content';
  /** The normalised unit name, or the SHA-256. */
  readonly key: string;
  /** Source indices (`SourceEntry.index`), in the order added. */
  readonly sources: readonly number[];
  /** The index kept under preferLatest; absent when no copy can be summed (each keeps its own status) or none could be chosen. */
  readonly kept?: number;
}

/**
 * Copies of one unit that preferLatest cannot order (see ./duplicates.ts): equally valid, tied on
 * time, with different figures. The run stops with them.
 */
export interface UndecidedDuplicate {
  /** Source indices of the tied copies. */
  readonly sources: readonly number[];
  /**
   * `same-file`: sheets of one workbook (they share its modification time); `same-time`: files with
   * the same modification time; `unknown-time`: a copy's time is unknown (e.g. a sheet of an open workbook).
   */
  readonly why: 'same-file' | 'same-time' | 'unknown-time';
}

/** A unit (as named by its inputs) of which nothing was summed: every input of it excluded, blank or unreadable. */
export interface UnitNotSummed {
  readonly unit: string;
  /** Source indices of its inputs. */
  readonly sources: readonly number[];
}

/** A group of inputs sharing one format or one year (for the mixed-inputs refusal). */
export interface InputGroup<T> {
  readonly value: T;
  /** Source indices. */
  readonly sources: readonly number[];
  /** Unit names, for messages. */
  readonly units: readonly string[];
}

/** What one summed figure is made of (its value is `ConsolidationResult.summary.cells[key]`). */
export interface SummaryFigure {
  readonly ref: CellRef;
  /** `refKey(ref)`. */
  readonly key: string;
  /** Number of included inputs with a value (not blank) in this figure. */
  readonly contributors: number;
  /**
   * Units summed although invalid (includeInvalid) that have a value in this figure, or whose cell for
   * it holds something that is not a number (text, #REF!…; summed as blank).
   */
  readonly invalidUnits: readonly string[];
  /** Units summed although invalid whose error findings name this very figure. */
  readonly suspectUnits: readonly string[];
}

/** A column of the breakdown: one figure, headed by its official labels. */
export interface BreakdownColumn {
  readonly ref: CellRef;
  readonly key: string;
  readonly table: TableId;
  /** Section of the table (verbatim), e.g. 二、主动公开政府信息情况. */
  readonly section: string;
  /** Table caption (verbatim), e.g. 第二十条第（一）项. */
  readonly tableTitle: string;
  /** Official row label with its group (`rowPath`); '' for 表四's unlabeled row. */
  readonly row: string;
  /** Official column label with its group (`columnPath`). */
  readonly column: string;
  readonly unit?: Unit;
}

/** A unit's line of the breakdown. */
export interface BreakdownRow {
  /** `SourceEntry.index` of the input. */
  readonly source: number;
  readonly unit: string;
  readonly status: 'included' | 'included-invalid';
  /** One value per column; null = blank, absent, or not a number (see `unreadable`). */
  readonly values: ReadonlyArray<number | null>;
  /**
   * Columns (positions in `values`) whose cell held something that is not a number, with the text found
   * (control characters removed, at most 40 characters and …); absent when none. Only in rows of
   * inputs summed although invalid: such a cell is an error.
   */
  readonly unreadable?: Readonly<Record<number, string>>;
}

/**
 * 汇总明细: one row per included unit, one column per figure. Its total row is not stored: it is the
 * summary. `breakdownPlan` writes it as SUM formulas carrying the summary's values, and checks before
 * anything is written that the unit rows it writes add up to them.
 */
export interface Breakdown {
  readonly columns: readonly BreakdownColumn[];
  readonly rows: readonly BreakdownRow[];
}

/** Something the office should know that does not stop the run. */
export interface ConsolidationNotice {
  readonly code: 'same-figures' | 'year-unknown' | 'figures-missing';
  readonly sources: readonly number[];
  readonly message: string;
  readonly messageEn: string;
}

/**
 * Expected units against the units summed. A unit counts only when something of it was summed: a unit
 * whose every input is excluded (errors, blank, unreadable) is missing from the city total as much as
 * one that sent nothing.
 */
export interface ExpectedUnitsCheck {
  /** Expected units of which nothing was summed (names as listed): not arrived, or arrived and not summed. */
  readonly missing: readonly string[];
  /** Those of `missing` that did send inputs, none of which was summed (names as listed). */
  readonly notSummed: readonly string[];
  /** Inputs whose unit is not on the list. */
  readonly unexpected: ReadonlyArray<{ readonly unit: string; readonly source: number }>;
  /** Expected units with at least one input summed. */
  readonly matched: number;
}

/** Everything a consolidation produces, as data. */
export interface ConsolidationResult {
  readonly format: FormatId;
  /** The shared report year, when the inputs state one. */
  readonly year?: number;
  /** ISO 8601 time of the consolidation. */
  readonly consolidatedAt: string;
  /**
   * The city-level figures, every figure of the format present (null = blank when every included input
   * left it blank): the one place the sums are kept.
   */
  readonly summary: ReportFigures;
  /** What each figure is made of (contributors, flagged units), in official reading order (= `breakdown.columns`). */
  readonly figures: readonly SummaryFigure[];
  /** Validation of the summary (empty when every included input is valid: checked). */
  readonly summaryFindings: readonly Finding[];
  readonly breakdown: Breakdown;
  readonly sources: readonly SourceEntry[];
  /** Duplicate groups resolved under preferLatest (a run with unresolved duplicates stops instead). */
  readonly duplicates: readonly DuplicateGroup[];
  /** Units among the inputs of which nothing was summed (in order of their first input); empty when every unit counts. */
  readonly unitsNotSummed: readonly UnitNotSummed[];
  readonly expected?: ExpectedUnitsCheck;
  readonly notices: readonly ConsolidationNotice[];
}
