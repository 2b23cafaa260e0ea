/** Findings: what validation reports about a report's figures. */
import type { CellRef, FormatId, TableId } from '../formats/types';

export type Severity = 'error' | 'warning';
export type Lang = 'zh' | 'en';

/** A cell named by a finding: its identity, where it is, and its official labels (verbatim). */
export interface FindingCell {
  readonly ref: CellRef;
  /** Sheet-qualified address (表三!C12) when the figures came from a sheet. */
  readonly address?: string;
  /** Official row label (with group for sub-items). */
  readonly row: string;
  /** Official column label (with group). */
  readonly column: string;
}

/** One finding of validation. */
export interface Finding {
  /** Stable rule id, e.g. `balance`, `row-total`, `column-total`, `value-text`. */
  readonly rule: string;
  readonly severity: Severity;
  readonly table: TableId;
  /** The cells involved; for an identity the first one is the total (or the left-hand side). */
  readonly cells: readonly FindingCell[];
  readonly expected?: number;
  readonly found?: number;
  /** found − expected. */
  readonly difference?: number;
  /** Message in the requested language; quotes the rule it comes from. */
  readonly message: string;
  /** A correction that would satisfy the rule(s), when one single cell explains them. */
  readonly suggestion?: {
    readonly ref: CellRef;
    readonly address?: string;
    readonly value: number;
    /** The value read now (null = blank), to show "230 → 222". */
    readonly from?: number | null;
  };
}

/** One figure as read from a sheet: its number (null = blank) and where it came from. */
export interface CellReading {
  /** The number in the figure's unit (件/项, or 万元 for amounts); null when blank. */
  readonly value: number | null;
  readonly address?: string;
  /** The raw text or value as found, for messages. */
  readonly raw?: string;
  /**
   * True when the cell holds something that is not a number (text, #REF!, a formula without a
   * cached result…): `value` is null, a value finding says why, and identities touching it are not checked.
   */
  readonly invalid?: boolean;
}

/** A report's figures by identity: `refKey(ref)` → reading. Absent = not present in the sheet. */
export interface ReportFigures {
  readonly format: FormatId;
  readonly cells: Readonly<Record<string, CellReading>>;
}
