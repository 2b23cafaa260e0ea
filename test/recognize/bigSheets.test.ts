/**
 * Recognition on big sheets: a 1000 × 100 sheet of prose and figures, a sheet of nothing but official
 * labels, 16 departments stacked on one sheet or on 16 sheets. What is found must be right; how long it
 * takes is measured by `npm run bench`, not asserted here (a shared 2-core machine makes timings flaky).
 */
import { getFormat } from '../../src/formats';
import type { Grid } from '../../src/grid/types';
import { recognizeWorkbook } from '../../src/recognize';
import { loadExample } from './examples';
import { sheet } from './gridBuilder';
import { address } from './helpers';
import { writeOfficial } from './layouts';

const ROWS = 1000;
const COLS = 100;
const huaian = loadExample('huaian-2024');
const f2021 = getFormat('2021');
const f2019 = getFormat('2019');

/** Deterministic filler: numbers and short texts in every cell not written yet. */
function fill(b: ReturnType<typeof sheet>, from: number, text: (r: number, c: number) => string | number): Grid {
  for (let r = from; r < ROWS; r++) for (let c = 0; c < COLS; c++) b.put(r, c, text(r, c));
  return b.build();
}

describe('big sheets', () => {
  // Warm up the label index and the JIT.
  beforeAll(() => {
    const b = sheet('warm');
    writeOfficial(b, f2021, huaian.figures, { unit: 'X', year: 2024 });
    recognizeWorkbook([b.build()]);
  });

  it('a 1000 × 100 sheet of figures and prose under the tables', () => {
    const b = sheet('大表');
    writeOfficial(b, f2021, huaian.figures, { unit: '淮安市', year: 2024 });
    const grid = fill(b, 60, (r, c) => ((r * 31 + c * 7) % 5 === 0 ? `第${r}行说明文字${c}` : (r * c) % 997));
    const result = recognizeWorkbook([grid]);
    expect(address(result.reports[0], 't3_applications', 'r3_1_open', 'c_total')).toBe('大表!J25');
  });

  it('a 1000 × 100 sheet whose every cell is an official label (worst case for matching)', () => {
    const labels: string[] = [];
    for (const f of [f2021, f2019]) for (const t of f.tables) for (const x of [...t.rows, ...t.columns]) if (x.label) labels.push(x.label);
    const grid = fill(sheet('标签'), 0, (r, c) => labels[(r * COLS + c) % labels.length]);
    // 100 000 label cells: every table of both formats is tried everywhere; it must still end with a verdict.
    const result = recognizeWorkbook([grid]);
    expect(result.reports.length + result.issues.length).toBeGreaterThan(0);
  });

  it('a 900-row sheet of 16 departments’ tables stacked, and the same as 16 sheets', () => {
    const stacked = sheet('全部');
    let row = 0;
    for (let i = 0; i < 16; i++) {
      const b = sheet(`部门${i + 1}`);
      writeOfficial(b, f2021, huaian.figures, { unit: `部门${i + 1}`, year: 2024 });
      const g = b.build();
      g.cells.forEach((cells, r) => cells.forEach((c, col) => c && stacked.put(row + r, col, c.value)));
      g.merges.forEach((m) => stacked.merge(m.top + row, m.left, m.bottom + row, m.right));
      row += g.cells.length + 3;
    }
    const one = stacked.build();
    expect(one.cells.length).toBeGreaterThan(850);
    const result = recognizeWorkbook([one]);
    expect(result.reports).toHaveLength(1);
    expect(result.reports[0].issues.filter((i) => i.code === 'duplicate-table')).toHaveLength(15 * 6);

    const sheets: Grid[] = [];
    for (let i = 0; i < 16; i++) {
      const b = sheet(`部门${i + 1}`);
      writeOfficial(b, f2021, huaian.figures, { unit: `部门${i + 1}`, year: 2024 });
      sheets.push(b.build());
    }
    const many = recognizeWorkbook(sheets);
    expect(many.reports.map((r) => r.unit)).toEqual(sheets.map((s) => s.sheet));
  });
});
