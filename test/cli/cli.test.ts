/**
 * The command line end to end, in process: template → validate; the seed typed by hand → its two
 * findings and the fix 230 → 222 in text and JSON; exit codes 0 / 1 / 2.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { getFormat } from '../../src/formats';
import { parseExample } from '../../src/examples/load';
import { loadExampleJson } from '../../src/examples/node';
import { handmadeSheets } from '../../src/examples/handmade';
import { plainWorkbook } from '../../src/examples/workbook';
import { writeWorkbookFile } from '../../src/xlsx/node';
import { runTemplate } from '../../src/cli/template';
import { runValidate } from '../../src/cli/validate';
import { runConsolidate } from '../../src/cli/consolidate';
import { captured } from '../fixtures/cli';

let dir: string;
let seedFile: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-cli-'));
  const seed = parseExample(loadExampleJson('haidong-2019'), '海东市人民政府办公室');
  seedFile = path.join(dir, 'seed.xlsx');
  const sheets = handmadeSheets(getFormat('2019'), seed.cells, { unit: seed.unit, year: seed.year }, { wrapLabels: true, halfWidthBrackets: true, titleRows: 3 });
  await writeWorkbookFile(seedFile, plainWorkbook(sheets), { force: false });
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('validate: the seed typed by hand gives its two findings and the one-cell fix (text)', async () => {
  const r = await captured(() => runValidate([seedFile], { lang: 'zh' }));
  expect(r.code).toBe(1);
  expect(r.out).toContain('格式 2019（国办公开办函〔2019〕60号）');
  expect(r.out).toContain('应为 222，实为 230，差 +8');
  expect(r.out).toContain('应为 243，实为 235，差 -8');
  expect(r.out).toMatch(/由 230 改为 222/);
  expect(r.out).toContain('共 2 个错误，1 个警告');
});

test('validate --json: the documented shape with verbatim labels, addresses and the suggestion', async () => {
  const r = await captured(() => runValidate([seedFile], { lang: 'zh', json: true }));
  expect(r.code).toBe(1);
  const doc = JSON.parse(r.out);
  expect(doc.files).toHaveLength(1);
  const t3 = doc.files[0].tables.filter((t: { tableId: string }) => t.tableId === 't3_applications')[0];
  expect(t3.format).toBe('2019');
  const errors = t3.findings.filter((f: { severity: string }) => f.severity === 'error');
  expect(errors.map((f: { rule: string; expected: number; found: number; difference: number }) => [f.rule, f.expected, f.found, f.difference])).toEqual([
    ['row-total', 222, 230, 8],
    ['column-total', 243, 235, -8],
  ]);
  const first = errors[0];
  expect(first.cells[0]).toEqual({ address: expect.stringMatching(/^2019年报!H\d+$/), row: '（一）予以公开', column: '总计' });
  expect(first.suggestion).toEqual({ address: first.cells[0].address, value: 222 });
  expect(errors[1].suggestion).toEqual(first.suggestion);
  expect(doc.files[0].errors).toEqual([]);
});

test('validate --lang en speaks English', async () => {
  const r = await captured(() => runValidate([seedFile], { lang: 'en' }));
  expect(r.code).toBe(1);
  expect(r.out).toContain('expected 222, found 230, difference +8');
  expect(r.out).toContain('2 error(s), 1 warning(s)');
});

test('template then validate: a blank template has no errors (exit 0) but is flagged as unfilled; an existing file is kept without --force', async () => {
  const file = path.join(dir, 't2021.xlsx');
  expect((await captured(() => runTemplate({ format: '2021', unit: '某某局', year: 2025, output: file }))).code).toBe(0);
  const before = fs.readFileSync(file);
  const again = await captured(() => runTemplate({ format: '2019', output: file }));
  expect(again.code).toBe(2);
  expect(again.err).toContain('--force');
  expect(fs.readFileSync(file).equals(before)).toBe(true);
  const v = await captured(() => runValidate([file], { lang: 'zh' }));
  expect(v.code).toBe(0);
  expect(v.out).toContain('格式 2021（国办公开办函〔2021〕30号）');
  expect(v.out).toContain('填报单位 某某局');
  expect(v.out).toContain('[report-blank]');
  expect(v.out).toContain('报表中所有数字均为空白');
  expect(v.out).toContain('共 0 个错误，1 个警告');
});

test('exit code 2: not a workbook, a missing file, a workbook without official tables', async () => {
  const notZip = path.join(dir, 'notes.xlsx');
  fs.writeFileSync(notZip, '这不是工作簿');
  const empty = path.join(dir, 'empty.xlsx');
  await writeWorkbookFile(empty, plainWorkbook([{ name: 'Sheet1', rows: [['姓名', '电话'], ['张三', 123]] }]), {});
  const r = await captured(() => runValidate([notZip, path.join(dir, 'missing.xlsx'), empty], { lang: 'zh', json: true }));
  expect(r.code).toBe(2);
  const doc = JSON.parse(r.out);
  expect(doc.files[1].errors[0]).toContain('不是 Excel 工作簿');
  expect(doc.files[0].errors[0]).toContain('不存在');
  expect(doc.files[2].tables).toEqual([]);
  expect(doc.files[2].errors[0]).toBe('未找到官方统计表');
});

test('consolidate --units: a list neither UTF-8 nor GBK stops with exit 2 and a message naming the file; nothing written', async () => {
  const units = path.join(dir, 'units-garbled.txt');
  fs.writeFileSync(units, Uint8Array.from([0xce, 0xde, 0x81, 0x20, 0xff]));
  const output = path.join(dir, 'never.xlsx');
  const r = await captured(() => runConsolidate([seedFile], { output, units, lang: 'zh' }));
  expect(r.code).toBe(2);
  expect(r.err).toBe(`nianbao: ${units}：应报单位清单不是 UTF-8 或 GBK（GB18030）编码的文本，无法读取。请用记事本“另存为”UTF-8 编码后重试。\n`);
  expect(fs.existsSync(output)).toBe(false);
  const en = await captured(() => runConsolidate([seedFile], { output, units, lang: 'en' }));
  expect(en.err).toContain(`${units}: the list of expected units is neither UTF-8 nor GBK (GB18030) text`);
});

test('consolidate never writes over one of its own inputs, not even with --force', async () => {
  const { runConsolidate } = await import('../../src/cli/consolidate');
  const folder = path.join(dir, 'departments');
  fs.mkdirSync(folder);
  const input = path.join(folder, 'seed-department.xlsx');
  fs.copyFileSync(seedFile, input);
  const before = fs.readFileSync(input);
  const r = await captured(() => runConsolidate([folder], { output: input, force: true, lang: 'zh' }));
  expect(r.code).toBe(2);
  expect(r.err).toContain('是参与汇总的部门报表之一，不会被覆盖');
  expect(fs.readFileSync(input).equals(before)).toBe(true);
});

test('validate on a folder without workbooks says so and exits 2', async () => {
  const folder = path.join(dir, 'no-workbooks');
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, 'readme.txt'), '说明');
  const r = await captured(() => runValidate([folder], { lang: 'zh' }));
  expect(r.code).toBe(2);
  expect(r.err).toContain('中没有 .xlsx 工作簿（另有 1 个其他文件未读取）');
});
