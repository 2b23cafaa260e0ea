/** The core's one decimal reader (src/rules/decimal): shared by value checks and the exact sums of consolidation. */
import { decimalDigits, decimalPlaces } from '../../src/rules/decimal';
import { toScaled } from '../../src/consolidate/exactSum';

test('digits and scale of the shortest text, for every magnitude', () => {
  const cases: Array<[number, boolean, string, number]> = [
    [96171.6, false, '961716', 1],
    [12, false, '12', 0],
    [1200, false, '12', -2],
    [1e-7, false, '1', 7],
    [0.30000000000000004, false, '30000000000000004', 17],
    [-2.5, true, '25', 1],
    [0, false, '0', 0],
    [515700, false, '5157', -2],
    [1.5e21, false, '15', -20],
  ];
  for (const [value, negative, digits, scale] of cases) expect([value, decimalDigits(value)]).toEqual([value, { negative, digits, scale }]);
  expect(() => decimalDigits(NaN)).toThrow(RangeError);
});

test('the two readers agree: decimals of the shortest text (rules) and of the 15-digit shown value (exact sums)', () => {
  expect([96171.6, 12, 1e-7, 0.30000000000000004, -2.5, Infinity].map(decimalPlaces)).toEqual([1, 0, 7, 17, 1, 0]);
  // A binary artefact has 17 decimals as stored, 1 as shown: the sums take the shown one.
  expect(toScaled(0.30000000000000004)).toEqual({ units: 3, decimals: 1 });
  expect(toScaled(-2.5)).toEqual({ units: -25, decimals: 1 });
  expect(toScaled(51.57 * 10000)).toEqual({ units: 515700, decimals: 0 });
});
