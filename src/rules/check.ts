/**
 * Evaluating the identities of a format over a report's figures. Blank counts as 0; a blank total
 * whose parts are not all zero is its own status (总计未填), not a mismatch; an identity touching a cell
 * that is absent from the sheet, unreadable, or a blank total is not checked rather than guessed.
 */
import { getFormat, refKey } from '../formats';
import type { CellRef } from '../formats/types';
import { formatIdentities, identityCells } from './identities';
import type { Identity } from './identities';
import type { CellReading, ReportFigures } from './types';

/**
 * - `holds`: Σ lhs = Σ rhs;
 * - `fails`: Σ lhs ≠ Σ rhs, every term read;
 * - `total-blank`: a total rule whose total is blank while its parts add up to something other than 0;
 * - `unchecked`: some term is absent, unreadable, or a blank total reported by another rule.
 */
export type CheckStatus = 'holds' | 'fails' | 'total-blank' | 'unchecked';

/** One identity evaluated. Sums count blanks as 0 and are meaningless when `unchecked`. */
export interface IdentityCheck {
  readonly identity: Identity;
  readonly status: CheckStatus;
  readonly lhsSum: number;
  readonly rhsSum: number;
}

/** Sums of counts are exact; the tolerance only absorbs float noise should decimals ever take part. */
const EQUAL_TOLERANCE = 1e-9;

/** Evaluate every identity of the figures' format, in the order of `formatIdentities`. */
export function checkIdentities(figures: ReportFigures): IdentityCheck[] {
  const identities = formatIdentities(getFormat(figures.format));
  const reading = (ref: CellRef): CellReading | undefined => figures.cells[refKey(ref)];
  const known = (ref: CellRef): boolean => {
    const r = reading(ref);
    return r !== undefined && !r.invalid;
  };
  const sum = (refs: readonly CellRef[]): number => {
    let s = 0;
    for (const ref of refs) s += (reading(ref) as CellReading).value ?? 0;
    return s;
  };

  const first = identities.map((identity) => {
    if (!identityCells(identity).every(known)) return { identity, status: 'unchecked' as CheckStatus, lhsSum: 0, rhsSum: 0 };
    const lhsSum = sum(identity.lhs);
    const rhsSum = sum(identity.rhs);
    const isTotalRule = identity.rule !== 'balance';
    const totalBlank = isTotalRule && (reading(identity.lhs[0]) as CellReading).value === null && rhsSum !== 0;
    const status: CheckStatus = totalBlank ? 'total-blank' : Math.abs(lhsSum - rhsSum) < EQUAL_TOLERANCE ? 'holds' : 'fails';
    return { identity, status, lhsSum, rhsSum };
  });

  // A blank total already reported as 总计未填 is unknown, not 0, for the other identities it takes part in.
  const blankTotals: Record<string, true> = {};
  for (const c of first) if (c.status === 'total-blank') blankTotals[refKey(c.identity.lhs[0])] = true;
  return first.map((c) => {
    if (c.status === 'total-blank' || c.status === 'unchecked') return c;
    const touchesBlankTotal = identityCells(c.identity).some((ref) => blankTotals[refKey(ref)] === true);
    return touchesBlankTotal ? { ...c, status: 'unchecked' as CheckStatus } : c;
  });
}
