/**
 * What the CLI says about the files it is given (tryout): an empty file, an Office lock file, an output
 * that is a folder or lacks .xlsx, unreadable files under --lang en; and English consolidation text in
 * ASCII punctuation.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runConsolidate } from '../../src/cli/consolidate';
import { runTemplate } from '../../src/cli/template';
import { runValidate } from '../../src/cli/validate';
import { departmentSet } from '../../src/consolidate/demoSet';
import { writeDepartmentFiles } from '../../src/consolidate/node/demoFiles';
import { publishedReportFigures } from '../../src/examples/published';
import { exampleJson } from '../fixtures/examples';
import { captured } from '../fixtures/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-cli-files-'));
const departments = path.join(dir, 'departments');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
beforeAll(async () => {
  await writeDepartmentFiles(departments, departmentSet(publishedReportFigures(exampleJson('huaian-2024')).figures, 2024, 3));
});

/** Full-width punctuation that English text should not carry (unit and file names aside). */
const FULL_WIDTH = /[（）：，；。、“”]/;

describe('inputs', () => {
  test('a 0-byte file: 文件为空（0 字节）, in English "empty (0 bytes)"', async () => {
    const empty = path.join(dir, 'empty.xlsx');
    fs.writeFileSync(empty, '');
    const zh = await captured(() => runValidate([empty], { lang: 'zh' }));
    expect(zh.code).toBe(2);
    expect(zh.out).toContain(`${empty}：文件为空（0 字节）`);
    expect(zh.out).not.toContain('不是 Excel 工作簿');
    const en = await captured(() => runValidate([empty], { lang: 'en' }));
    expect(en.out).toContain(`cannot be read: ${empty}: The file is empty (0 bytes): a download or save may not have finished. Ask the sender for the file again.`);
    expect(en.out).not.toMatch(/[\u4e00-\u9fff]{2}/);
  });

  test('an Office lock file named on the command line: said to be a lock file (临时锁定文件), for validate and consolidate', async () => {
    const lock = path.join(dir, '~$lock.xlsx');
    fs.writeFileSync(lock, Buffer.concat([Buffer.from([8]), Buffer.from('zhangsan'), Buffer.alloc(153)]));
    const v = await captured(() => runValidate([lock], { lang: 'zh' }));
    expect(v.code).toBe(2);
    expect(v.out).toContain(`${lock}：这是 Office 的临时锁定文件`);
    const output = path.join(dir, 'with-lock.xlsx');
    const c = await captured(() => runConsolidate([departments, lock], { output, lang: 'en' }));
    expect(c.code).toBe(2);
    expect(c.out).toContain(`not summed: unreadable  ~$lock  ${lock} — ${lock}: This is an Office lock file`);
  });

  test('--lang en: an unreadable file\'s reason is English (the reader\'s messageEn), in validate and consolidate', async () => {
    const truncated = path.join(dir, 'truncated.xlsx');
    const whole = fs.readFileSync(path.join(departments, fs.readdirSync(departments)[0]));
    fs.writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    const v = await captured(() => runValidate([truncated], { lang: 'en' }));
    expect(v.out).toContain(`${truncated}: The workbook is damaged or incomplete: its zip directory is missing`);
    const output = path.join(dir, 'with-truncated.xlsx');
    const c = await captured(() => runConsolidate([departments, truncated], { output, lang: 'en', json: true }));
    const doc = JSON.parse(c.out) as { inputs: Array<{ file: string; reason: string | null }> };
    const reason = doc.inputs.filter((i) => i.file === truncated)[0].reason as string;
    expect(reason).toMatch(/^.*truncated\.xlsx: The workbook is damaged or incomplete/);
    expect(reason.replace(truncated, '')).not.toMatch(FULL_WIDTH);
  });
});

describe('the output', () => {
  test('-o a folder: a clear message, with and without --force; no input read, nothing written', async () => {
    const folder = path.join(dir, 'out-folder');
    fs.mkdirSync(folder);
    for (const force of [false, true]) {
      const r = await captured(() => runConsolidate([departments], { output: folder, force, lang: 'zh' }));
      expect(r.code).toBe(2);
      expect(r.err).toBe(`nianbao: ${folder} 是一个文件夹，不能作为输出文件（即使使用 --force 也不会覆盖）。请给出文件名，例如 ${path.join(folder, '全市汇总.xlsx')}。\n`);
      expect(r.out).toBe('');
    }
    expect(fs.readdirSync(folder)).toEqual([]);
    const en = await captured(() => runConsolidate([departments], { output: folder, force: true, lang: 'en' }));
    expect(en.err).toContain(`${folder} is a folder and cannot be the output file`);
  });

  test('-o without .xlsx: refused for consolidate and template, nothing written', async () => {
    const noExt = path.join(dir, 'noext');
    const c = await captured(() => runConsolidate([departments], { output: noExt, lang: 'zh' }));
    expect(c.code).toBe(2);
    expect(c.err).toBe(`nianbao: 输出文件名应以 .xlsx 结尾：${noExt}（没有扩展名）。未写入；请改为例如 ${noExt}.xlsx。\n`);
    const t = await captured(() => runTemplate({ format: '2021', output: noExt }));
    expect(t.code).toBe(2);
    expect(t.err).toContain('输出文件名应以 .xlsx 结尾');
    expect(fs.existsSync(noExt)).toBe(false);
  });
});

test('English consolidation text uses ASCII punctuation (expected units, the time zone)', async () => {
  const output = path.join(dir, 'en.xlsx');
  const r = await captured(() => runConsolidate([departments], { output, lang: 'en' }));
  expect(r.code).toBe(0);
  const units = path.join(dir, 'units.txt');
  fs.writeFileSync(units, '淮安市水利局\n');
  const withUnits = await captured(() => runConsolidate([departments], { output: path.join(dir, 'en2.xlsx'), units, lang: 'en' }));
  const lines = withUnits.out.split('\n');
  expect(lines[0]).toMatch(/^Consolidation of 2024, format 2021, \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \(UTC[+-]\d\d:\d\d\)$/);
  expect(lines).toContain('Expected units with nothing summed: 淮安市水利局');
  expect(lines.filter((l) => /^Units not on the list: /.test(l))).toHaveLength(1);
  // Apart from unit and file names (Chinese), nothing full-width.
  for (const line of lines) expect([line, line.replace(/[\u4e00-\u9fff]+/g, '').match(FULL_WIDTH)]).toEqual([line, null]);
});
