/**
 * Error localisation: the one cell whose corrected value would make every broken identity of a table
 * hold at once, without breaking an identity that holds.
 *
 * Each identity reads Σ lhs − Σ rhs = 0. Changing cell x by δ changes the residual d of an identity that
 * contains x by +δ (x on the left) or −δ (x on the right). So x explains the failures of a table when
 * (1) x takes part in every failing identity of that table, (2) all of them ask for the same δ,
 * (3) x takes part in no identity that holds (δ ≠ 0 would break it), and (4) the corrected value is
 * valid for the cell's kind (a count stays a whole number ≥ 0).
 * A correction is proposed only when exactly one cell qualifies. Tables are independent (no identity
 * crosses tables), so each table is localised on its own.
 *
 * Consequences, by design: the seed's two failures in 表三 meet in exactly one cell, （一）予以公开/总计,
 * and 230 → 222 satisfies both. A single failing identity usually gets no proposal: in 表三 each of its
 * cells also belongs to an identity that holds, and in 表四 any of the five cells of a group could be
 * the wrong one. Two independent errors in one table get none either (no single cell explains both).
 * A blank total (总计未填) is not localised here: its own finding proposes the sum of its parts.
 */
import { getColumn, getFormat, getTable, refKey } from '../formats';
import type { CellRef, FormatId, TableId, ValueKind } from '../formats/types';
import type { IdentityCheck } from './check';
import type { ReportFigures } from './types';

/** A proposed correction and the failing identities it explains. */
export interface Correction {
  readonly ref: CellRef;
  /** The value read now (null = blank). */
  readonly current: number | null;
  /** The value that satisfies every failing identity of its table. */
  readonly value: number;
  /** The failing checks this correction explains (all failing checks of the table). */
  readonly explains: readonly IdentityCheck[];
}

/** One correction per table where exactly one cell explains all failing identities; [] otherwise. */
export function localiseErrors(figures: ReportFigures, checks: readonly IdentityCheck[]): Correction[] {
  const tables: TableId[] = [];
  for (const c of checks) if (c.status === 'fails' && tables.indexOf(c.identity.table) < 0) tables.push(c.identity.table);
  const out: Correction[] = [];
  for (const table of tables) {
    const ofTable = checks.filter((c) => c.identity.table === table);
    const correction = localiseTable(figures, ofTable);
    if (correction) out.push(correction);
  }
  return out;
}

function localiseTable(figures: ReportFigures, checks: readonly IdentityCheck[]): Correction | undefined {
  const failing = checks.filter((c) => c.status === 'fails');
  const holding = checks.filter((c) => c.status === 'holds');
  const found: Correction[] = [];
  for (const ref of cellsOf(failing[0])) {
    const delta = commonDelta(ref, failing);
    if (delta === undefined) continue;
    if (holding.some((c) => side(ref, c) !== 0)) continue;
    const reading = figures.cells[refKey(ref)];
    const current = reading ? reading.value : null;
    const value = (current ?? 0) + delta;
    if (!fitsKind(value, kindOf(figures.format, ref))) continue;
    found.push({ ref, current, value, explains: failing });
  }
  return found.length === 1 ? found[0] : undefined;
}

/** The change of `ref` that zeroes every failing residual, or undefined if they disagree or `ref` is not in all. */
function commonDelta(ref: CellRef, failing: readonly IdentityCheck[]): number | undefined {
  let delta: number | undefined;
  for (const c of failing) {
    const s = side(ref, c);
    if (s === 0) return undefined;
    const d = -(c.lhsSum - c.rhsSum) * s;
    if (delta === undefined) delta = d;
    else if (Math.abs(delta - d) > 1e-9) return undefined;
  }
  return delta;
}

/** +1 when `ref` is on the left of the identity, −1 on the right, 0 when absent. */
function side(ref: CellRef, check: IdentityCheck): number {
  const key = refKey(ref);
  if (check.identity.lhs.some((r) => refKey(r) === key)) return 1;
  if (check.identity.rhs.some((r) => refKey(r) === key)) return -1;
  return 0;
}

function cellsOf(check: IdentityCheck): CellRef[] {
  return check.identity.lhs.concat(check.identity.rhs);
}

function kindOf(format: FormatId, ref: CellRef): ValueKind {
  return getColumn(getTable(getFormat(format), ref.table), ref.column).kind ?? 'count';
}

function fitsKind(value: number, kind: ValueKind): boolean {
  if (kind === 'amount') return value >= 0;
  if (Math.abs(value - Math.round(value)) > 1e-9) return false;
  return kind === 'signedCount' || value >= 0;
}
