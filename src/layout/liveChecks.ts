/**
 * The checks a template runs by itself, without the add-in: conditional formats that turn a total
 * red while it differs from the sum of its parts and the 勾稽 cells red while 一+二 ≠ （七）总计+四,
 * and data validation of every input cell by value kind.
 *
 * Formulas use absolute A1 references, `SUM`, `+` and `<>` only: they work in Excel 2007+, WPS and
 * LibreOffice alike, need no dynamic arrays, and mean the same whichever cell a host anchors them to.
 * Blank cells count as 0 there, as in the rules (a blank total with non-zero parts turns red).
 */
import { refKey } from '../formats';
import type { CellRef, ValueKind } from '../formats/types';
import { columnLetters } from '../grid/address';
import type { MergeRange } from '../grid/types';
import { validationText } from './templateText';
import type { BalanceCheck, ConditionalRule, InputCell, TotalCheck, ValidationRule } from './types';

interface Pos {
  readonly row: number;
  readonly col: number;
}

function absolute(p: Pos): string {
  return `$${columnLetters(p.col)}$${p.row + 1}`;
}

/** Cells (in order) as SUM arguments: consecutive cells of one row or one column become one range. */
export function sumArguments(cells: readonly Pos[]): string[] {
  const runs: { start: Pos; end: Pos; dir?: 'across' | 'down' }[] = [];
  for (const cell of cells) {
    const run = runs[runs.length - 1];
    if (run && run.dir !== 'down' && cell.row === run.end.row && cell.col === run.end.col + 1) {
      run.end = cell;
      run.dir = 'across';
    } else if (run && run.dir !== 'across' && cell.col === run.end.col && cell.row === run.end.row + 1) {
      run.end = cell;
      run.dir = 'down';
    } else {
      runs.push({ start: cell, end: cell });
    }
  }
  return runs.map((r) => (r.dir ? `${absolute(r.start)}:${absolute(r.end)}` : absolute(r.start)));
}

function locate(inputs: ReadonlyMap<string, InputCell>, ref: CellRef): InputCell {
  const found = inputs.get(refKey(ref));
  if (!found) throw new Error(`布局错误：${refKey(ref)} 没有输入单元格`);
  return found;
}

/** One conditional format per total: red while the total differs from SUM of its parts. */
export function totalRules(totals: readonly TotalCheck[], inputs: ReadonlyMap<string, InputCell>): ConditionalRule[] {
  return totals.map((t) => {
    const cell = locate(inputs, t.ref);
    const parts = t.parts.map((p) => locate(inputs, p));
    return { purpose: 'total', range: cell.range, formula: `${absolute(cell)}<>SUM(${sumArguments(parts).join(',')})`, refs: [t.ref] };
  });
}

/**
 * Conditional formats of the 勾稽 checks: per column, the cells of 一、二、（七）总计、四 turn red while
 * SUM(一,二) ≠ SUM(（七）总计,四). One rule per block of adjacent cells (hosts take one range per rule).
 */
export function balanceRules(checks: readonly BalanceCheck[], inputs: ReadonlyMap<string, InputCell>): ConditionalRule[] {
  const out: ConditionalRule[] = [];
  for (const check of checks) {
    const lhs = check.lhs.map((r) => locate(inputs, r));
    const rhs = check.rhs.map((r) => locate(inputs, r));
    const formula = `SUM(${sumArguments(lhs).join(',')})<>SUM(${sumArguments(rhs).join(',')})`;
    const cells = lhs.concat(rhs).slice().sort((a, b) => a.row - b.row || a.col - b.col);
    let block: InputCell[] = [];
    const flush = (): void => {
      if (block.length === 0) return;
      const range: MergeRange = { top: block[0].row, left: block[0].col, bottom: block[block.length - 1].row, right: block[0].col };
      out.push({ purpose: 'balance', range, formula, refs: block.map((c) => c.ref) });
      block = [];
    };
    for (const cell of cells) {
      const last = block[block.length - 1];
      if (last && !(cell.col === last.col && cell.row === last.row + 1)) flush();
      block.push(cell);
    }
    flush();
  }
  return out;
}

function ruleFor(kind: ValueKind): Pick<ValidationRule, 'type' | 'operator' | 'formulae'> {
  switch (kind) {
    case 'count':
      return { type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] };
    case 'signedCount':
      // Excel's whole-number validation needs bounds; these are far beyond any real count.
      return { type: 'whole', operator: 'between', formulae: [-999999999, 999999999] };
    case 'amount':
      return { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] };
  }
}

/**
 * Data validation of the input cells by value kind (count: whole ≥ 0; signedCount: whole;
 * amount: decimal ≥ 0), blanks allowed. Adjacent single cells of the same kind and unit share
 * one rectangular rule; merged input cells get a rule each.
 */
export function validationRules(inputs: readonly InputCell[]): ValidationRule[] {
  const make = (range: MergeRange, cell: InputCell): ValidationRule => ({
    range,
    kind: cell.kind,
    ...ruleFor(cell.kind),
    allowBlank: true,
    ...validationText(cell.kind, cell.unit),
  });
  const sameRule = (a: InputCell, b: InputCell): boolean => a.kind === b.kind && a.unit === b.unit;
  const single = inputs.filter((c) => c.range.top === c.range.bottom && c.range.left === c.range.right);
  const merged = inputs.filter((c) => single.indexOf(c) < 0);
  const sorted = single.slice().sort((a, b) => a.row - b.row || a.col - b.col);
  // Horizontal runs first, then stack runs of equal width and kind that sit on consecutive rows.
  const runs: { range: MergeRange; cell: InputCell }[] = [];
  for (const cell of sorted) {
    const run = runs[runs.length - 1];
    if (run && run.range.top === cell.row && run.range.right === cell.col - 1 && sameRule(run.cell, cell)) {
      run.range = { ...run.range, right: cell.col };
    } else {
      runs.push({ range: { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col }, cell });
    }
  }
  const blocks: { range: MergeRange; cell: InputCell }[] = [];
  for (const run of runs) {
    const above = blocks.filter(
      (b) => b.range.bottom === run.range.top - 1 && b.range.left === run.range.left && b.range.right === run.range.right && sameRule(b.cell, run.cell),
    )[0];
    if (above) above.range = { ...above.range, bottom: run.range.bottom };
    else blocks.push({ range: run.range, cell: run.cell });
  }
  return blocks.map((b) => make(b.range, b.cell)).concat(merged.map((c) => make(c.range, c)));
}
