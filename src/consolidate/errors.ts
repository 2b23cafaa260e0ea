/**
 * Typed errors of consolidation. Each carries the source list, so a host that stops can still show the
 * status of every input. Messages are Chinese (`message`) and English (`messageEn`).
 */
import type { FormatId } from '../formats/types';
import type { Finding } from '../rules/types';
import type { DuplicateGroup, InputGroup, SourceEntry, UndecidedDuplicate } from './types';

export type ConsolidationErrorCode =
  /** inputs on different formats or report years, or duplicates without preferLatest */
  | 'refused'
  /** no input can be summed (none given, all unreadable, or all invalid) */
  | 'nothing-to-sum'
  /** internal check failed: the summary breaks an identity although every input passes */
  | 'summary-invalid'
  /** internal check failed: the breakdown's planned unit rows or total row differ from the summary (thrown by `breakdownPlan`, before writing) */
  | 'breakdown-mismatch'
  /** a sum cannot be held exactly */
  | 'precision';

/** Base class of every error thrown by `Consolidator.finish` (and of `breakdownPlan`'s 'breakdown-mismatch'). */
export class ConsolidationError extends Error {
  readonly code: ConsolidationErrorCode;
  readonly messageEn: string;
  readonly sources: readonly SourceEntry[];

  constructor(code: ConsolidationErrorCode, message: string, messageEn: string, sources: readonly SourceEntry[]) {
    super(message);
    this.name = 'ConsolidationError';
    this.code = code;
    this.messageEn = messageEn;
    this.sources = sources;
    // Keep instanceof working when compiled to ES5 (the task pane bundle).
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/**
 * The run stops because the inputs cannot be summed together as they are:
 * - `formats`: more than one format among the inputs (groups, largest first; all but the expected one are odd);
 * - `years`: more than one report year;
 * - `duplicates`: the same unit or the same file more than once (without preferLatest; with it, the
 *   groups of the copies it could not decide between);
 * - `undecided`: under preferLatest, copies of one unit tied on time with different figures.
 * Lists that are fine are empty.
 */
export class ConsolidationRefusedError extends ConsolidationError {
  readonly formats: ReadonlyArray<InputGroup<FormatId>>;
  readonly years: ReadonlyArray<InputGroup<number>>;
  readonly duplicates: readonly DuplicateGroup[];
  readonly undecided: readonly UndecidedDuplicate[];
  /** The format and year the other inputs are measured against. */
  readonly expectedFormat?: FormatId;
  readonly expectedYear?: number;

  constructor(args: {
    formats: ReadonlyArray<InputGroup<FormatId>>;
    years: ReadonlyArray<InputGroup<number>>;
    duplicates: readonly DuplicateGroup[];
    undecided?: readonly UndecidedDuplicate[];
    expectedFormat?: FormatId;
    expectedYear?: number;
    sources: readonly SourceEntry[];
    message: string;
    messageEn: string;
  }) {
    super('refused', args.message, args.messageEn, args.sources);
    this.name = 'ConsolidationRefusedError';
    this.formats = args.formats;
    this.years = args.years;
    this.duplicates = args.duplicates;
    this.undecided = args.undecided || [];
    this.expectedFormat = args.expectedFormat;
    this.expectedYear = args.expectedYear;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** The summary breaks a rule although every included input passes (a defect of consolidation itself). */
export class SummaryInvalidError extends ConsolidationError {
  readonly findings: readonly Finding[];

  constructor(findings: readonly Finding[], sources: readonly SourceEntry[]) {
    const first = findings[0];
    super(
      'summary-invalid',
      `汇总结果未通过校验（${findings.length} 处），而各来源均无错误；未写出。首个问题：${first ? first.message : ''}`,
      `The consolidated figures fail validation (${findings.length} findings) although every input passes; nothing written.`,
      sources,
    );
    this.name = 'SummaryInvalidError';
    this.findings = findings;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
