/**
 * A form that writes — for zero gets one value-placeholder warning per cell; the text listing groups
 * them per table into one entry listing the cells (first 10, then 等), while --json keeps every finding.
 * Real values: 淮安 2024, every 0 of 表三 typed as —.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runValidate } from '../../src/cli/validate';
import { parseExample } from '../../src/examples/load';
import { loadExampleJson } from '../../src/examples/node';
import { handmadeSheets } from '../../src/examples/handmade';
import { plainWorkbook } from '../../src/examples/workbook';
import { getFormat } from '../../src/formats';
import { writeWorkbookFile } from '../../src/xlsx/node';
import { captured } from '../fixtures/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-groups-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, '淮安-横线.xlsx');
let dashes = 0;

beforeAll(async () => {
  const report = parseExample(loadExampleJson('huaian-2024'), '淮安市');
  const cells: Record<string, (typeof report.cells)[string]> = {};
  for (const key of Object.keys(report.cells)) {
    const zeroInT3 = key.indexOf('t3_applications/') === 0 && report.cells[key] === 0;
    if (zeroInT3) dashes++;
    cells[key] = zeroInT3 ? '—' : report.cells[key];
  }
  // One real error beside them: 表四's first figure off by one (listed on its own).
  cells['t4_review_litigation/r_count:c_review_upheld'] = (report.cells['t4_review_litigation/r_count:c_review_upheld'] as number) + 1;
  await writeWorkbookFile(file, plainWorkbook(handmadeSheets(getFormat('2021'), cells, { unit: '淮安市', year: 2024 })));
});

test('text: the placeholders of 表三 are one entry with their count and the first 10 cells; the error stays on its own', async () => {
  const r = await captured(() => runValidate([file], { lang: 'zh' }));
  expect(dashes).toBeGreaterThan(50);
  const lines = r.out.split('\n');
  const grouped = lines.filter((l) => l.indexOf('[value-placeholder]') >= 0);
  expect(grouped).toHaveLength(1);
  expect(grouped[0]).toMatch(new RegExp(`^ {4}! 警告 \\[value-placeholder\\] 共 ${dashes} 个单元格按 0 读取：(\\S+)![A-Z]+\\d+(、[A-Z]+\\d+){9} 等$`));
  const example = lines[lines.indexOf(grouped[0]) + 1];
  expect(example).toMatch(/^ {6}例：.*：“—”已按 0 读取。没有发生的事项请直接填 0。$/);
  expect(lines.filter((l) => l.indexOf('✗ 错误') >= 0).length).toBeGreaterThan(0);
  expect(r.out).toContain(`${dashes} 个警告`);
});

test('English: the same grouping, in English', async () => {
  const r = await captured(() => runValidate([file], { lang: 'en' }));
  expect(r.out).toMatch(new RegExp(`! warning \\[value-placeholder\\] ${dashes} cells read as 0: \\S+![A-Z]+\\d+(, [A-Z]+\\d+){9} and more\\n {6}e\\.g\\. `));
});

test('--json keeps every finding', async () => {
  const r = await captured(() => runValidate([file], { lang: 'zh', json: true }));
  const doc = JSON.parse(r.out) as { files: Array<{ tables: Array<{ findings: Array<{ rule: string }> }> }> };
  const placeholders = doc.files[0].tables.reduce((n, t) => n + t.findings.filter((f) => f.rule === 'value-placeholder').length, 0);
  expect(placeholders).toBe(dashes);
});
