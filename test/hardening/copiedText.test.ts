/**
 * Text copied from inputs into outputs (issue 4, part 4): departments whose unit names, file names and
 * cells are hostile — formulas (=, +, -, @, after a tab or a carriage return, full-width ＝), control
 * characters (terminal escapes, C1 controls), 10,000 characters — are consolidated; the output workbook
 * is read back (cells and raw XML) and the terminal output checked: copied text stays text, never a
 * formula; control characters are gone; lengths are bounded.
 */
import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { runConsolidate } from '../../src/cli/consolidate';
import { consolidate, MAX_COPIED_TEXT } from '../../src/consolidate';
import { readFileInputs } from '../../src/consolidate/readInput';
import { consolidationWorkbookBytes } from '../../src/consolidate/workbook';
import { BREAKDOWN_SHEET, SOURCES_SHEET } from '../../src/consolidate/sheets';
import { handmadeSheets } from '../../src/examples/handmade';
import { plainWorkbook } from '../../src/examples/workbook';
import { runValidate } from '../../src/cli/validate';
import { format2021, refKey } from '../../src/formats';
import { a1 } from '../../src/grid';
import { buildLayout, locateInLayout } from '../../src/layout';
import { workbookBytes } from '../../src/xlsx';
import { captured, folderHashes, removeTempDirs, tempDir } from './cliRun';
import { goodWorkbook, huaianFigures } from './hostileFiles';

afterAll(removeTempDirs);

/** Unit names a hostile or careless department could type in its 填报单位 line. */
const HOSTILE_UNITS = [
  '=1+1',
  '+SUM(1,2)',
  '-2+3',
  '@SUM(A1)',
  '\t=HYPERLINK("http://evil.example/","点击查看")',
  '\r=cmd|\' /C calc\'!A0',
  '＝2+2',
  '市\u0085信访\u009b31m局',
  '超长单位'.repeat(2500),
];

/** File names that carry the unit (their 填报单位 line left empty): formula-like, terminal escapes, a line break. */
const HOSTILE_FILE_NAMES = ['=HYPERLINK("http:evil")局.xlsx', '\u001b]0;pwned\u0007\u001b[2J文件局.xlsx', '换行\n文件局.xlsx'];

/** C0 and C1 control characters (a line break included: none belongs in a copied name). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function figuresAsValues(): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const key of Object.keys(huaianFigures.cells)) out[key] = huaianFigures.cells[key].value;
  return out;
}

async function handmadeFile(dir: string, name: string, unit: string, values = figuresAsValues()): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await workbookBytes(plainWorkbook(handmadeSheets(format2021, values, { unit, year: 2024 }))));
  return file;
}

let dir: string;
let output: string;
let stdout: string;
let code: number;
let workbook: ExcelJS.Workbook;
let xml: Record<string, string>;
let inputsBefore: Record<string, string>;

beforeAll(async () => {
  dir = tempDir('copied-in');
  let i = 0;
  for (const unit of HOSTILE_UNITS) await handmadeFile(dir, `单位${++i}.xlsx`, unit);
  // Without a 填报单位 the file name names the unit; a different count of 规章 keeps the contents apart.
  const issued = refKey({ table: 't2_art20_1', row: 'r_rules', column: 'c_issued' });
  for (const name of HOSTILE_FILE_NAMES) await handmadeFile(dir, name, '', { ...figuresAsValues(), [issued]: ++i });
  // A figure holding 40,000 characters of text: the input is excluded, its message quotes the cell.
  const long = figuresAsValues() as Record<string, number | string | null>;
  long[refKey({ table: 't3_applications', row: 'r3_1_open', column: 'c_natural' })] = `=${'很长的说明'.repeat(8000)}`;
  await handmadeFile(dir, '长文本局.xlsx', '长文本局', long as Record<string, number | null>);
  inputsBefore = folderHashes(dir);
  output = path.join(tempDir('copied-out'), '全市汇总.xlsx');
  const run = await captured(() => runConsolidate([dir], { output, lang: 'zh' }));
  stdout = run.out + run.err;
  code = run.code;
  if (!fs.existsSync(output)) throw new Error(`no output (exit ${code}):\n${JSON.stringify(stdout)}`);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(output);
  const zip = await JSZip.loadAsync(fs.readFileSync(output));
  xml = {};
  for (const name of Object.keys(zip.files)) if (/\.xml$/.test(name)) xml[name] = await zip.files[name].async('string');
}, 60000);

test('the run: every hostile input read, the long-text one excluded (exit 1), the output written, inputs unchanged', () => {
  expect(code).toBe(1);
  expect(fs.existsSync(output)).toBe(true);
  expect(folderHashes(dir)).toEqual(inputsBefore);
});

test('no copied text became a formula: the only formulas of the output are its own SUM totals', () => {
  const formulas: string[] = [];
  for (const name of Object.keys(xml)) {
    const re = /<f[^>]*>([^<]*)<\/f>/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(xml[name])) !== null) formulas.push(m[1]);
  }
  expect(formulas.length).toBeGreaterThan(0);
  for (const f of formulas) expect(f).toMatch(/^SUM\([A-Z]+\d+:[A-Z]+\d+\)$/);
  workbook.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) expect(cell.formula).toMatch(/^SUM\(/);
      }),
    ),
  );
});

/** The unit cells of the breakdown (column B under the headers) and the source list (column D). */
function copiedCells(): ExcelJS.Cell[] {
  const out: ExcelJS.Cell[] = [];
  const breakdown = workbook.getWorksheet(BREAKDOWN_SHEET) as ExcelJS.Worksheet;
  breakdown.eachRow((row, n) => {
    if (n > 4 && typeof row.getCell(1).value === 'number') out.push(row.getCell(2));
  });
  const sources = workbook.getWorksheet(SOURCES_SHEET) as ExcelJS.Worksheet;
  sources.eachRow((row, n) => {
    if (n > 4 && typeof row.getCell(1).value === 'number') out.push(row.getCell(2), row.getCell(3), row.getCell(4));
  });
  return out.filter((c) => c.value !== null && c.value !== undefined);
}

/** The unit-name cells only: column B of the breakdown, column D of the source list. */
function unitCells(): ExcelJS.Cell[] {
  return copiedCells().filter((c) => (c.worksheet.name === BREAKDOWN_SHEET ? Number(c.col) === 2 : Number(c.col) === 4));
}

test('formula-like unit names are kept as typed, as text cells formatted as text (@): =, +, -, @, after a tab or CR, full-width ＝', () => {
  const units = copiedCells().map((c) => c.value);
  for (const expected of ['=1+1', '+SUM(1,2)', '-2+3', '@SUM(A1)', '=HYPERLINK("http://evil.example/","点击查看")', "=cmd|' /C calc'!A0", '＝2+2', '=HYPERLINK("http:evil")局']) {
    expect([expected, units.indexOf(expected) >= 0]).toEqual([expected, true]);
  }
  for (const cell of copiedCells()) {
    expect([cell.address, cell.type]).toEqual([cell.address, ExcelJS.ValueType.String]);
    expect([cell.address, cell.numFmt]).toEqual([cell.address, '@']);
  }
});

test('control characters are gone from every copied cell, and so are leading tabs and carriage returns', () => {
  for (const cell of copiedCells()) {
    const text = String(cell.value);
    expect([cell.address, CONTROL.test(text)]).toEqual([cell.address, false]);
    expect(text).toBe(text.trim());
  }
  const units = copiedCells().map((c) => String(c.value));
  expect(units).toContain('市 信访 31m局');
  expect(units).toContain(']0;pwned [2J文件局');
  expect(units).toContain('换行 文件局');
});

test(`lengths are bounded: every unit name within ${MAX_COPIED_TEXT} characters, every text cell of the output within 2,000`, () => {
  for (const c of unitCells()) expect([c.address, String(c.value).length <= MAX_COPIED_TEXT]).toEqual([c.address, true]);
  // A 填报单位 of 10,000 characters is not taken as a name: the unit is named after its file.
  expect(copiedCells().map((c) => c.value)).toContain('单位9');
  workbook.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        // Far below Excel's own limit of 32,767 characters per cell: a message quotes a cell, it does not copy it.
        if (typeof cell.value === 'string') expect([ws.name, cell.address, cell.value.length <= 2000]).toEqual([ws.name, cell.address, true]);
      }),
    ),
  );
});

test(`a unit name given explicitly (10,000 characters, control characters, a leading tab) is cut to ${MAX_COPIED_TEXT} characters with … and cleaned`, async () => {
  const reading = await readFileInputs(await goodWorkbook('某局'), '某局.xlsx');
  if (!reading.ok) throw new Error(reading.unreadable.reason);
  const unit = `\t=\u0007${'超长单位'.repeat(2500)}`;
  const result = consolidate([{ ...reading.inputs[0], unit }], { now: new Date('2025-01-28T09:00:00Z') });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await consolidationWorkbookBytes(result)) as unknown as ArrayBuffer);
  const cell = (wb.getWorksheet(BREAKDOWN_SHEET) as ExcelJS.Worksheet).getCell('B5');
  expect(cell.value).toBe(`= ${'超长单位'.repeat(50)}`.slice(0, MAX_COPIED_TEXT - 1) + '…');
  expect([cell.type, cell.numFmt]).toEqual([ExcelJS.ValueType.String, '@']);
});

test('the terminal output carries no control character (no escape sequence from a file name or a cell reaches the terminal)', () => {
  const lines = stdout.split('\n');
  for (const line of lines) expect([line.slice(0, 80), CONTROL.test(line)]).toEqual([line.slice(0, 80), false]);
  expect(stdout).toContain('长文本局');
});

test('validate: a figure holding 10,000 characters with carriage returns and C1 controls, on a sheet named with one — quoted in 40 characters, nothing raw reaches the terminal, JSON keeps the name exactly', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await goodWorkbook('引用测试局')) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  ws.name = '年报\u0085表';
  const at = locateInLayout(buildLayout(format2021), { table: 't3_applications', row: 'r3_1_open', column: 'c_natural' });
  ws.getCell(a1(at.row, at.col)).value = '说明\r\u009b2J'.repeat(2000);
  const file = path.join(tempDir('quote'), '引用.xlsx');
  fs.writeFileSync(file, await workbookBytes(wb));

  const text = await captured(() => runValidate([file], { lang: 'zh' }));
  expect(text.code).toBe(1);
  for (const line of text.out.split('\n')) expect([line.slice(0, 60), CONTROL.test(line), line.length < 400]).toEqual([line.slice(0, 60), false, true]);
  expect(text.out).toContain(`：“${'说明 2J'.repeat(8)}…”不是数字，无法读取。`);

  const json = await captured(() => runValidate([file], { lang: 'zh', json: true }));
  expect(/[\u007f-\u009f]/.test(json.out)).toBe(false);
  const doc = JSON.parse(json.out) as { files: Array<{ tables: Array<{ sheet: string }> }> };
  expect(doc.files[0].tables[0].sheet).toBe('年报\u0085表');
});
