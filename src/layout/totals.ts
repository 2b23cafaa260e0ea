/**
 * Which figures are totals and what they sum, and the 勾稽 checks — taken from the identities the
 * rules derive from the format data (src/rules/identities.ts, formats.md §6 I1–I6), so the live
 * checks of the template and the add-in's validation can never disagree:
 * - `row-total` → a TotalCheck `across` (总计 column cell = Σ the figure columns of its group, same row);
 * - `column-total` → a TotalCheck `down` (（七）总计 cell = Σ the outcome rows, same column);
 * - `balance` → a BalanceCheck per 表三 column (一+二 = （七）总计+四, the printed note).
 */
import type { FormatDef } from '../formats/types';
import { formatIdentities } from '../rules/identities';
import type { BalanceCheck, TotalCheck } from './types';

/** Every total of the format with the figures it sums (the （七）总计/总计 cell appears twice: across and down). */
export function deriveTotals(format: FormatDef): TotalCheck[] {
  return formatIdentities(format)
    .filter((identity) => identity.rule !== 'balance')
    .map((identity) => ({ ref: identity.lhs[0], direction: identity.rule === 'row-total' ? ('across' as const) : ('down' as const), parts: identity.rhs }));
}

/** The 勾稽 checks of the format: one per figure column of each table that prints a balance note. */
export function deriveBalance(format: FormatDef): BalanceCheck[] {
  const out: BalanceCheck[] = [];
  for (const identity of formatIdentities(format)) {
    if (identity.rule !== 'balance') continue;
    const table = format.tables.filter((t) => t.id === identity.table)[0];
    out.push({ table: identity.table, column: identity.lhs[0].column, lhs: identity.lhs, rhs: identity.rhs, note: table && table.balance ? table.balance.note : '' });
  }
  return out;
}
