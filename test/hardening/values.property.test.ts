/**
 * Property-based tests of value reading (src/rules/values.ts `readValue`) on random cell contents:
 * text, full-width digits, huge numbers, NaN/Infinity, error values, formulas with and without a cached
 * value, dates, booleans. It never throws, never invents a number, and reads every way of writing a
 * count the same.
 */
import * as fc from 'fast-check';
import type { ValueKind } from '../../src/formats';
import type { GridCell } from '../../src/grid';
import { readValue } from '../../src/rules';
import { ERROR_VALUES, fullWidthDigits, gridCellArb, notANumberArb } from './generators';

/** Runs per property (the whole file runs in about a second). */
export const VALUE_RUNS = 1000;

const kindArb = fc.constantFrom<ValueKind>('count', 'signedCount', 'amount');

test('never throws; the reading is coherent: a finite number or null, invalid ⇒ null with an error, blank ⇒ no problem', () => {
  fc.assert(
    fc.property(gridCellArb, kindArb, (cell, kind) => {
      const r = readValue(cell, kind);
      expect(r.value === null || (typeof r.value === 'number' && isFinite(r.value))).toBe(true);
      if (r.value !== null) expect(Math.abs(r.value)).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
      if (r.invalid) {
        expect(r.value).toBeNull();
        expect(r.problems.some((p) => p.severity === 'error')).toBe(true);
        expect(typeof r.raw).toBe('string');
      }
      if (r.value === null && !r.invalid) expect(r.problems).toEqual([]);
      // A number kept despite an error is a kind problem (decimals in a count, a negative count).
      if (r.value !== null) {
        for (const p of r.problems.filter((x) => x.severity === 'error')) expect(['value-not-whole', 'value-negative']).toContain(p.rule);
        if ((kind === 'count' || kind === 'signedCount') && !Number.isInteger(r.value)) expect(r.problems.map((p) => p.rule)).toContain('value-not-whole');
        if (kind !== 'signedCount' && r.value < 0) expect(r.problems.map((p) => p.rule)).toContain('value-negative');
      }
    }),
    { numRuns: VALUE_RUNS },
  );
});

test('a formula, its error value, and the lack of a cached value decide before anything else: never read as 0', () => {
  fc.assert(
    fc.property(fc.string(), kindArb, (formula, kind) => {
      expect(readValue({ value: null, formula, noCachedValue: true }, kind)).toEqual({
        value: null,
        invalid: true,
        raw: `=${formula}`,
        problems: [{ rule: 'value-formula-uncached', severity: 'error' }],
      });
    }),
    { numRuns: VALUE_RUNS },
  );
  fc.assert(
    fc.property(fc.constantFrom(...ERROR_VALUES), fc.option(fc.string()), kindArb, (error, formula, kind) => {
      const cell: GridCell = formula === null ? { value: null, error } : { value: null, formula, error };
      expect(readValue(cell, kind)).toEqual({ value: null, invalid: true, raw: error, problems: [{ rule: 'value-error', severity: 'error' }] });
      // The same error value typed or cached as text.
      expect(readValue({ value: error }, kind).problems).toEqual([{ rule: 'value-error', severity: 'error' }]);
    }),
    { numRuns: VALUE_RUNS },
  );
});

test('a formula with a cached value reads exactly as that value typed in', () => {
  fc.assert(
    fc.property(gridCellArb, fc.string(), kindArb, (cell, formula, kind) => {
      if (!cell || cell.formula !== undefined || cell.error !== undefined || cell.noCachedValue || cell.value === null) return;
      expect(readValue({ value: cell.value, formula }, kind)).toEqual(readValue({ value: cell.value }, kind));
    }),
    { numRuns: VALUE_RUNS },
  );
});

test('a whole count written in any of the usual ways reads as that count, without error', () => {
  const spellings = (n: number): string[] => {
    const s = String(n);
    const grouped = s.replace(/\B(?=(\d{3})+$)/g, ',');
    return [s, fullWidthDigits(s), ` ${s} `, `\u3000${s}`, grouped, grouped.replace(/,/g, '，'), fullWidthDigits(grouped), `${s}件`, `${s} 件`, `+${s}`];
  };
  fc.assert(
    fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (n) => {
      expect(readValue({ value: n }, 'count')).toEqual({ value: n, invalid: false, raw: String(n), problems: [] });
      for (const text of spellings(n)) {
        const r = readValue({ value: text }, 'count');
        expect([text, r.value, r.invalid, r.problems]).toEqual([text, n, false, []]);
      }
    }),
    { numRuns: VALUE_RUNS },
  );
});

test('本年增/减 (signedCount) takes every minus sign Chinese input methods produce', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 10000000 }), fc.constantFrom('-', '－', '\u2212', '\u2013', '\u2010', '\ufe63'), (n, minus) => {
      const r = readValue({ value: `${minus}${n}` }, 'signedCount');
      expect([r.value, r.problems]).toEqual([-n, []]);
      expect(readValue({ value: `${minus}${n}` }, 'count').problems.map((p) => p.rule)).toEqual(['value-negative']);
    }),
    { numRuns: VALUE_RUNS },
  );
});

test('amounts in 亿元 / 元 convert to 万元 exactly, by moving the decimal point, with a warning', () => {
  fc.assert(
    fc.property(fc.nat({ max: 99999 }), fc.stringMatching(/^\d{0,4}$/), (whole, fraction) => {
      const text = fraction ? `${whole}.${fraction}` : String(whole);
      // 亿元 → 万元: × 10^4, the decimal point moves four places right.
      const padded = (fraction + '0000').slice(0, 4);
      const expected = Number(`${whole}${padded}`);
      const r = readValue({ value: `${text}亿元` }, 'amount');
      expect([text, r.value, r.problems]).toEqual([text, expected, [{ rule: 'value-unit-converted', severity: 'warning' }]]);
      // 元 → 万元: ÷ 10^4 (exact decimal, not float division).
      const yuan = readValue({ value: `${whole}元` }, 'amount');
      expect(yuan.value).toBe(Number(`${Math.floor(whole / 10000)}.${String(whole % 10000).padStart(4, '0')}`));
      // A count column refuses any money unit.
      expect(readValue({ value: `${text}万元` }, 'count').problems.map((p) => p.rule)).toEqual(['value-unit']);
    }),
    { numRuns: VALUE_RUNS },
  );
});

test('not a number in any form (text, error values, uncached formulas, booleans, dates, NaN, ∞, > 2^53) → invalid with an error, null', () => {
  fc.assert(
    fc.property(notANumberArb, kindArb, (cell, kind) => {
      const r = readValue(cell, kind);
      expect([r.value, r.invalid]).toEqual([null, true]);
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0].severity).toBe('error');
    }),
    { numRuns: VALUE_RUNS },
  );
});
