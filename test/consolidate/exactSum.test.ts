import { ExactSum, exactSum, toScaled, PrecisionError } from '../../src/consolidate/exactSum';

describe('exact sums of figures', () => {
  test('0.1 + 0.2 is 0.3, not 0.30000000000000004', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(exactSum([0.1, 0.2])).toBe(0.3);
  });

  test('淮安 2024 行政事业性收费 96171.6 万元 split in tenths adds back exactly', () => {
    // 961716 tenths over 7 parts, as the demo split would give them
    const parts = [13738.8, 13738.8, 13738.8, 13738.8, 13738.8, 13738.8, 13738.8];
    expect(exactSum(parts)).toBe(96171.6);
    const tenths = new Array(10).fill(0.1);
    expect(tenths.reduce((a, b) => a + b, 0)).toBe(0.9999999999999999); // what naive summing gives
    expect(exactSum(tenths)).toBe(1);
  });

  test('a cached binary artefact (=0.1+0.2 in a department sheet) reads as the shown 0.3', () => {
    expect(toScaled(0.30000000000000004)).toEqual({ units: 3, decimals: 1 });
    expect(exactSum([0.30000000000000004, 0.7])).toBe(1);
  });

  test('signed counts (本年增/减) and large whole counts', () => {
    expect(exactSum([-3, -15, 2])).toBe(-16);
    expect(exactSum([3985758, 447228, 88283])).toBe(4521269);
  });

  test('mixed decimals rescale: 0.25 + 1.5 + 2 = 3.75; 1e-7 kept exactly', () => {
    expect(exactSum([0.25, 1.5, 2])).toBe(3.75);
    expect(toScaled(1e-7)).toEqual({ units: 1, decimals: 7 });
    expect(() => toScaled(1.5e21)).toThrow(PrecisionError); // beyond 2^53: refused, not rounded
    expect(toScaled(9007199254740991)).toEqual({ units: 9007199254740991, decimals: 0 });
  });

  test('nothing added reads 0 with 0 values; a non-finite value or an unsafe sum throws', () => {
    const s = new ExactSum();
    expect(s.value()).toBe(0);
    expect(s.added).toBe(0);
    expect(() => s.add(NaN)).toThrow(PrecisionError);
    const big = new ExactSum();
    big.add(9007199254740991);
    expect(() => big.add(1)).toThrow(PrecisionError);
  });
});
