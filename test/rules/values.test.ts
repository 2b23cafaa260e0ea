/** Reading one cell: table-driven cases of what departments really type. */
import type { ValueKind } from '../../src/formats';
import type { GridCell } from '../../src/grid';
import { readValue } from '../../src/rules';
import { decimalPlaces, shiftDecimal } from '../../src/rules/decimal';

type Case = [description: string, cell: GridCell | null | undefined, kind: ValueKind, value: number | null, rules: string[]];

const text = (value: string): GridCell => ({ value });

const cases: Case[] = [
  // Blank: null, counts as 0 in sums, no finding.
  ['no cell', undefined, 'count', null, []],
  ['null cell', null, 'count', null, []],
  ['empty value', { value: null }, 'count', null, []],
  ['empty text', text(''), 'count', null, []],
  ['spaces only (ideographic space)', text(' \u3000 '), 'count', null, []],
  // Numbers and numbers as text.
  ['a number', { value: 45 }, 'count', 45, []],
  ['number stored as text', text('230'), 'count', 230, []],
  ['full-width digits', text('１２３'), 'count', 123, []],
  ['thousands separator', text('1,234'), 'count', 1234, []],
  ['full-width thousands separator', text('1，234'), 'count', 1234, []],
  ['space as thousands separator', text('3 985 758'), 'count', 3985758, []],
  ['surrounding spaces', text('  12 '), 'count', 12, []],
  ['trailing 件 after a space', text('12 件'), 'count', 12, []],
  ['trailing 项', text('396项'), 'count', 396, []],
  ['1.0 is whole', text('1.0'), 'count', 1, []],
  ['float noise from a formula is whole', { value: 0.1 * 30, formula: '0.1*30' }, 'count', 3, []],
  ['formula with its cached value', { value: 230, formula: 'SUM(D7:I7)' }, 'count', 230, []],
  // A formula is read by what it shows; only a reader that knows no result was stored says noCachedValue.
  ['formula showing "" (=IF(..,"",..))', { value: '', formula: 'IF(SUM(D7:I7)=0,"",SUM(D7:I7))' }, 'count', null, []],
  ['formula with a null result but a result stored (Office.js)', { value: null, formula: 'SUM(D7:I7)' }, 'count', null, []],
  // Placeholders for "none": 0 with a warning.
  ['em dash', text('—'), 'count', 0, ['value-placeholder']],
  ['double em dash', text('——'), 'count', 0, ['value-placeholder']],
  ['slash', text('/'), 'count', 0, ['value-placeholder']],
  ['full-width hyphen', text('－'), 'count', 0, ['value-placeholder']],
  ['无', text('无'), 'count', 0, ['value-placeholder']],
  ['hyphen alone', text('-'), 'signedCount', 0, ['value-placeholder']],
  // 本年增/减: signed whole numbers.
  ['negative number in 本年增/减', { value: -3 }, 'signedCount', -3, []],
  ['negative text', text('-3'), 'signedCount', -3, []],
  ['full-width minus', text('－15'), 'signedCount', -15, []],
  ['minus sign U+2212', text('\u221231'), 'signedCount', -31, []],
  ['en dash as minus', text('\u201319'), 'signedCount', -19, []],
  ['leading +', text('+2'), 'signedCount', 2, []],
  ['full-width +', text('＋２'), 'signedCount', 2, []],
  ['decimal in 本年增/减', { value: 1.5 }, 'signedCount', 1.5, ['value-not-whole']],
  // Amounts (万元): converted exactly.
  ['亿元 to 万元 (the seed)', text('51.57 亿元'), 'amount', 515700, ['value-unit-converted']],
  ['亿元 without float drift (0.29 × 10000 = 2899.9999999999995 in floats)', text('0.29亿元'), 'amount', 2900, ['value-unit-converted']],
  ['元 to 万元 (Shanghai 2019 wrote 251000元)', text('251000元'), 'amount', 25.1, ['value-unit-converted']],
  ['元 with 分', text('3,940.25 元'), 'amount', 0.394025, ['value-unit-converted']],
  ['万元 is the unit already', text('96171.6万元'), 'amount', 96171.6, []],
  ['a decimal amount', { value: 96171.6 }, 'amount', 96171.6, []],
  ['finer than 1 分', { value: 0.1 + 0.2 }, 'amount', 0.30000000000000004, ['value-precision']],
  // Errors: unreadable (value null, identities touching the cell are not checked).
  ['text', text('abc'), 'count', null, ['value-text']],
  ['digits that do not group by thousands', text('12,34'), 'count', null, ['value-text']],
  ['a number inside a sentence', text('共12件'), 'count', null, ['value-text']],
  ['#REF! as text', text('#REF!'), 'count', null, ['value-error']],
  ['#DIV/0! error value', { value: null, formula: 'D7/E7', error: '#DIV/0!' }, 'count', null, ['value-error']],
  ['formula without a cached value', { value: null, formula: 'SUM(D7:I7)', noCachedValue: true }, 'count', null, ['value-formula-uncached']],
  ['boolean', { value: true }, 'count', null, ['value-boolean']],
  ['date', { value: new Date(Date.UTC(2024, 0, 31)) }, 'count', null, ['value-date']],
  ['万元 in a count', text('12 万元'), 'count', null, ['value-unit']],
  ['件 in an amount', text('5件'), 'amount', null, ['value-unit']],
  ['beyond 2^53', { value: 1e20 }, 'count', null, ['value-too-large']],
  ['NaN', { value: NaN }, 'count', null, ['value-text']],
  // Errors on the kind: the number is kept for sums.
  ['negative count', { value: -2 }, 'count', -2, ['value-negative']],
  ['negative count as text', text('-2'), 'count', -2, ['value-negative']],
  ['decimal in a count', { value: 1.5 }, 'count', 1.5, ['value-not-whole']],
  ['decimal text in a count', text('1.5'), 'count', 1.5, ['value-not-whole']],
  ['negative decimal count', { value: -1.5 }, 'count', -1.5, ['value-not-whole', 'value-negative']],
  ['negative amount', { value: -1 }, 'amount', -1, ['value-negative']],
];

describe('readValue', () => {
  test.each(cases)('%s', (_description, cell, kind, value, rules) => {
    const reading = readValue(cell, kind);
    expect(reading.value).toBe(value);
    expect(reading.problems.map((p) => p.rule)).toEqual(rules);
    const unreadable = value === null && rules.length > 0;
    expect(reading.invalid).toBe(unreadable);
  });

  test('severities: unreadable and kind problems are errors, placeholders, conversions and precision warnings', () => {
    for (const [, cell, kind, , rules] of cases) {
      for (const p of readValue(cell, kind).problems) {
        const warning = ['value-placeholder', 'value-unit-converted', 'value-precision'].indexOf(p.rule) >= 0;
        expect([rules.join(), p.severity]).toEqual([rules.join(), warning ? 'warning' : 'error']);
      }
    }
  });

  test('raw keeps what was found for messages', () => {
    expect(readValue(text('51.57 亿元'), 'amount').raw).toBe('51.57 亿元');
    expect(readValue({ value: null, formula: 'SUM(D7:I7)', noCachedValue: true }, 'count').raw).toBe('=SUM(D7:I7)');
    expect(readValue({ value: null, error: '#REF!' }, 'count').raw).toBe('#REF!');
    expect(readValue({ value: new Date(Date.UTC(2024, 0, 31)) }, 'count').raw).toBe('2024-01-31');
    expect(readValue({ value: 230 }, 'count').raw).toBe('230');
    expect(readValue(text('12 万元'), 'count').problems[0].unit).toBe('万元');
    expect(readValue(null, 'count').raw).toBeUndefined();
  });

  test('no negative zero', () => {
    expect(Object.is(readValue(text('-0'), 'signedCount').value, 0)).toBe(true);
  });
});

describe('exact decimal shifting', () => {
  test.each([
    ['51', '57', 4, '515700'],
    ['0', '29', 4, '2900'],
    ['251000', '', -4, '25.1'],
    ['3940', '25', -4, '0.394025'],
    ['5', '', -4, '0.0005'],
    ['96171', '6', 0, '96171.6'],
    ['0', '0001', 4, '1'],
  ])('%s.%s × 10^%d = %s', (whole, fraction, shift, expected) => {
    expect(shiftDecimal(whole, fraction, shift)).toBe(expected);
  });

  test('decimal places of floats', () => {
    expect([96171.6, 12, 1e-7, 0.30000000000000004, -2.5].map(decimalPlaces)).toEqual([1, 0, 7, 17, 1]);
  });
});
