/**
 * Files that are readable but carry something dangerous or broken inside (issue 4, part 2): macros
 * (.xlsm: values read, nothing run, a warning says so), links to other workbooks (never followed: the
 * cached value or the uncached error), formulas without a cached value, error values (#DIV/0!, #REF!),
 * password-protected sheets. They are read, the bad cells are named with their address, the exit code
 * says "errors found" (1), and the input is unchanged.
 */
// `import x = require()` gives the modules themselves, whose functions can be spied on (a namespace import
// gives read-only copies).
/* eslint-disable @typescript-eslint/no-require-imports */
import childProcess = require('child_process');
import fs = require('fs');
import http = require('http');
import https = require('https');
import net = require('net');
/* eslint-enable @typescript-eslint/no-require-imports */
import * as path from 'path';
import { runConsolidate } from '../../src/cli/consolidate';
import { runValidate } from '../../src/cli/validate';
import { format2021, refKey } from '../../src/formats';
import type { CellRef } from '../../src/formats';
import { a1, sheetAddress } from '../../src/grid';
import { buildLayout, locateInLayout, TEMPLATE_SHEET_NAME } from '../../src/layout';
import { readWorkbook, readWorkbookWithNotices } from '../../src/xlsx';
import { captured, folderHashes, removeTempDirs, sha256File, tempDir } from './cliRun';
import { goodWorkbook, huaianFigures, macroWorkbook, protectedWorkbook, workbookWithFormulas } from './hostileFiles';

const layout = buildLayout(format2021);
const NATURAL_NEW: CellRef = { table: 't3_applications', row: 'r1_new', column: 'c_natural' };
const REVIEW_UPHELD: CellRef = { table: 't4_review_litigation', row: 'r_count', column: 'c_review_upheld' };
const RULES_ISSUED: CellRef = { table: 't2_art20_1', row: 'r_rules', column: 'c_issued' };

/** A1 address of a figure in our template, and its sheet-qualified form as findings print it. */
function where(ref: CellRef): { a1: string; sheet: string } {
  const at = locateInLayout(layout, ref);
  return { a1: a1(at.row, at.col), sheet: sheetAddress(TEMPLATE_SHEET_NAME, at.row, at.col) };
}

function truth(ref: CellRef): number {
  return huaianFigures.cells[refKey(ref)].value as number;
}

/** Every call that could leave the process: network, child processes. */
function spyOnEscapes(): { calls: () => string[]; restore: () => void } {
  const spies = [
    jest.spyOn(http, 'request'),
    jest.spyOn(http, 'get'),
    jest.spyOn(https, 'request'),
    jest.spyOn(https, 'get'),
    jest.spyOn(net, 'connect'),
    jest.spyOn(net, 'createConnection'),
    jest.spyOn(childProcess, 'spawn'),
    jest.spyOn(childProcess, 'exec'),
    jest.spyOn(childProcess, 'execFile'),
    jest.spyOn(childProcess, 'fork'),
  ];
  return {
    calls: () => spies.filter((s) => s.mock.calls.length > 0).map((s) => s.getMockName()),
    restore: () => spies.forEach((s) => s.mockRestore()),
  };
}

/** Paths opened or read through fs (promises and sync APIs) while `run` runs; the calls go through. */
async function pathsOpened(run: () => Promise<unknown>): Promise<string[]> {
  const spies = [
    jest.spyOn(fs.promises, 'open'),
    jest.spyOn(fs.promises, 'readFile'),
    jest.spyOn(fs, 'openSync'),
    jest.spyOn(fs, 'readFileSync'),
    jest.spyOn(fs, 'createReadStream'),
  ];
  try {
    await run();
    const opened: string[] = [];
    for (const s of spies) for (const call of s.mock.calls) opened.push(String(call[0]));
    // Jest itself reads the project's own modules while the code runs: only other files matter.
    return opened.filter((p) => p.indexOf(path.join(__dirname, '..', '..')) !== 0);
  } finally {
    spies.forEach((s) => s.mockRestore());
  }
}

afterAll(removeTempDirs);

describe('.xlsm with a VBA project', () => {
  test('read without running or needing the macros: the same grids as the .xlsx, and a warning that says so', async () => {
    const escapes = spyOnEscapes();
    try {
      const { grids, notices } = await readWorkbookWithNotices(await macroWorkbook());
      expect(grids).toEqual(await readWorkbook(await goodWorkbook('宏测试局')));
      expect(notices.map((n) => [n.code, n.severity, n.message])).toEqual([
        ['xlsx-macros', 'warning', '工作簿含有宏（VBA 代码）。本工具只读取单元格中保存的数值，不运行任何宏，也不需要宏。'],
      ]);
      expect(escapes.calls()).toEqual([]);
    } finally {
      escapes.restore();
    }
  });

  test('validate: exit 0 (no error), the warning listed under the file; consolidate: summed, warning counted; input unchanged', async () => {
    const dir = tempDir('xlsm');
    const file = path.join(dir, '宏测试局.xlsm');
    fs.writeFileSync(file, await macroWorkbook());
    const before = sha256File(file);
    const run = await captured(() => runValidate([file], { lang: 'zh' }));
    expect(run.code).toBe(0);
    expect(run.out).toContain(`文件：${file}\n  ! 工作簿含有宏（VBA 代码）。本工具只读取单元格中保存的数值，不运行任何宏，也不需要宏。\n`);
    expect(run.out).toContain('未发现问题');
    const output = path.join(tempDir('xlsm-out'), '汇总.xlsx');
    const cons = await captured(() => runConsolidate([file], { output, lang: 'zh', json: true }));
    expect(cons.code).toBe(0);
    const doc = JSON.parse(cons.out) as { inputs: Array<{ status: string; warnings: number; errors: number }> };
    expect(doc.inputs.map((i) => [i.status, i.errors, i.warnings >= 1])).toEqual([['included', 0, true]]);
    expect(sha256File(file)).toBe(before);
  });
});

describe('links to other workbooks are never followed', () => {
  const natural = where(NATURAL_NEW);
  const upheld = where(REVIEW_UPHELD);

  async function linked(target: string): Promise<Uint8Array> {
    return workbookWithFormulas(
      {
        // Cached value saved by Excel: read as is.
        [natural.a1]: { formula: '[1]Sheet1!A1', result: truth(NATURAL_NEW) },
        // No cached value: an error naming the cell, never 0 and never fetched.
        [upheld.a1]: { formula: '[1]Sheet1!B2' },
      },
      target,
    );
  }

  test('the cached value is read, the uncached formula flagged; the linked file and URL are never opened', async () => {
    const dir = tempDir('links');
    const secret = path.join(dir, '机密.xlsx');
    fs.writeFileSync(secret, await goodWorkbook('机密局'));
    for (const target of [`file:///${secret.replace(/\\/g, '/')}`, secret, 'https://example.invalid/全市.xlsx', '\\\\server\\share\\全市.xlsx']) {
      const file = path.join(dir, '链接.xlsx');
      fs.writeFileSync(file, await linked(target));
      const before = folderHashes(dir);
      const escapes = spyOnEscapes();
      let run: Awaited<ReturnType<typeof captured>> | undefined;
      try {
        const opened = await pathsOpened(async () => {
          run = await captured(() => runValidate([file], { lang: 'zh' }));
        });
        expect([target, opened]).toEqual([target, [file]]);
        expect([target, escapes.calls()]).toEqual([target, []]);
      } finally {
        escapes.restore();
      }
      const r = run as NonNullable<typeof run>;
      expect(r.code).toBe(1);
      expect(r.out).toContain('! 工作簿含有指向其他工作簿的外部链接。本工具不打开被链接的文件');
      expect(r.out).toContain(`结果维持（${upheld.sheet}）：公式“=[1]Sheet1!B2”没有保存计算结果，不能当作 0 读取。`);
      expect(r.out).toContain('共 1 个错误');
      expect(folderHashes(dir)).toEqual(before);
    }
  });

  test('the grid keeps the formula text and its cached value; the external part\'s own cache (999) is not used', async () => {
    const { grids, notices } = await readWorkbookWithNotices(await linked('other.xlsx'));
    const at = locateInLayout(layout, NATURAL_NEW);
    const at4 = locateInLayout(layout, REVIEW_UPHELD);
    expect(grids[0].cells[at.row][at.col]).toEqual({ value: truth(NATURAL_NEW), formula: '[1]Sheet1!A1' });
    expect(grids[0].cells[at4.row][at4.col]).toEqual({ value: null, formula: '[1]Sheet1!B2', noCachedValue: true });
    expect(notices.map((n) => n.code)).toEqual(['xlsx-external-links']);
  });
});

describe('formulas without cached values and error values', () => {
  test('#DIV/0!, #REF! and an uncached formula: each named with its address, exit 1, consolidation refuses to sum and writes nothing', async () => {
    const dir = tempDir('errors');
    const file = path.join(dir, '错误值.xlsx');
    const rules = where(RULES_ISSUED);
    const natural = where(NATURAL_NEW);
    const upheld = where(REVIEW_UPHELD);
    fs.writeFileSync(
      file,
      await workbookWithFormulas({
        [rules.a1]: { formula: 'A1/0', result: { error: '#DIV/0!' } },
        [natural.a1]: { formula: 'Sheet9!A1', result: { error: '#REF!' } },
        [upheld.a1]: { formula: 'SUM(A1:A3)' },
      }),
    );
    const before = sha256File(file);
    const run = await captured(() => runValidate([file], { lang: 'zh' }));
    expect(run.code).toBe(1);
    expect(run.out).toContain(`规章 / 本年制发件数（${rules.sheet}）：单元格显示错误值 #DIV/0!，无法读取。请修正公式或直接填写数字。`);
    expect(run.out).toContain(`一、本年新收政府信息公开申请数量 / 自然人（${natural.sheet}）：单元格显示错误值 #REF!，无法读取。`);
    expect(run.out).toContain(`结果维持（${upheld.sheet}）：公式“=SUM(A1:A3)”没有保存计算结果，不能当作 0 读取。`);
    expect(run.out).toContain('共 3 个错误');

    const output = path.join(dir, '汇总.xlsx');
    const cons = await captured(() => runConsolidate([file], { output, lang: 'zh' }));
    expect(cons.code).toBe(1);
    expect(cons.out).toContain('没有可汇总的报表');
    expect(cons.out).toContain('未计入：有错误');
    expect(fs.existsSync(output)).toBe(false);
    expect(fs.readdirSync(dir)).toEqual(['错误值.xlsx']);
    expect(sha256File(file)).toBe(before);
  });
});

describe('password-protected sheet and locked workbook structure (no password to open)', () => {
  test('read as usual: protection restricts editing in Excel, not reading; exit 0', async () => {
    const bytes = await protectedWorkbook();
    expect(await readWorkbook(bytes)).toEqual(await readWorkbook(await goodWorkbook('保护测试局')));
    const dir = tempDir('protected');
    const file = path.join(dir, '保护.xlsx');
    fs.writeFileSync(file, bytes);
    const run = await captured(() => runValidate([file], { lang: 'zh' }));
    expect(run.code).toBe(0);
    expect(run.out).toContain('未发现问题');
  });
});
