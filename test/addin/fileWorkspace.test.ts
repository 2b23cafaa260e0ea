/**
 * Files in the pane and on the standalone page (src/taskpane/readFile.ts, src/standalone/fileWorkspace.ts,
 * src/taskpane/consolidationFlow.ts), in Node with the little of the browser they touch (window.navigator,
 * FileReader over Node's File):
 * - a file larger than the reader accepts (MAX_FILE_BYTES of src/xlsx) is refused by its size, named,
 *   before FileReader holds it in memory;
 * - what the reader says about a file (macros not run, external links not followed), which the CLI
 *   lists, is listed on the page too: with the file's validation notes, and on its consolidation status line;
 * - both workspaces consolidate through the one loop of consolidationFlow (sheets and files together in Excel).
 */
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));

import { MAX_FILE_BYTES } from '../../src/xlsx/limits';
import { getFormat } from '../../src/formats';
import { handmadeSheets } from '../../src/examples/handmade';
import { departmentSet } from '../../src/consolidate/demoSet';
import { readBytes, readFileGrids } from '../../src/taskpane/readFile';
import { createFileWorkspace } from '../../src/standalone/fileWorkspace';
import { EXCEL_API_FULL } from '../../src/excel/apiSupport';
import { ExcelHost } from '../../src/excel/host';
import { excelWorkspace } from '../../src/excel/workspace';
import { goodWorkbook, huaianFigures, macroWorkbook } from '../hardening/hostileFiles';
import { FakeWorkbook } from '../excel/fakeExcel';

const MACRO_NOTICE = '工作簿含有宏（VBA 代码）。本工具只读取单元格中保存的数值，不运行任何宏，也不需要宏。';

/** FileReader as browsers have it, over Node's Blob; counts the readers made. */
class NodeFileReader {
  static made = 0;
  result: ArrayBuffer | null = null;
  error: Error | null = null;
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    NodeFileReader.made++;
  }
  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (b) => {
        this.result = b;
        if (this.onload) this.onload();
      },
      (e: Error) => {
        this.error = e;
        if (this.onerror) this.onerror();
      },
    );
  }
}

const g = global as unknown as { window?: unknown; FileReader?: unknown };
beforeAll(() => {
  g.window = { navigator: { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36' } };
  g.FileReader = NodeFileReader;
});
afterAll(() => {
  delete g.window;
  delete g.FileReader;
});

function file(bytes: Uint8Array, name: string): File {
  return new File([bytes as unknown as ArrayBuffer], name, { lastModified: Date.UTC(2025, 0, 20) });
}

/** A File the size of which is all that is looked at: nothing is allocated. */
function hugeFile(name: string): File {
  return { name, size: MAX_FILE_BYTES + 1, lastModified: Date.UTC(2025, 0, 20), type: '' } as unknown as File;
}

test('a file over the size limit is refused by its size, naming it, before FileReader reads it', async () => {
  NodeFileReader.made = 0;
  const error = await readBytes(hugeFile('全市材料汇编.xlsx')).then(
    () => null,
    (e: Error & { messageEn?: string }) => e,
  );
  expect(error && error.message).toBe('文件“全市材料汇编.xlsx”过大（100.0 MB），超过 100.0 MB 的上限，未读取；年报统计表文件通常不足 1 MB。请删除与年报无关的工作表和图片后另存再试。');
  expect(error && error.messageEn).toMatch(/^File "全市材料汇编\.xlsx" is too large \(100\.0 MB; the limit is 100\.0 MB\)/);
  expect(NodeFileReader.made).toBe(0);
  // A file of normal size is read.
  const bytes = await readBytes(file(new Uint8Array([1, 2, 3]), 'a.xlsx'));
  expect(Array.from(bytes)).toEqual([1, 2, 3]);
  expect(NodeFileReader.made).toBe(1);
});

test('standalone 校验: the reader\'s notices are listed with the file, a too-large file is named', async () => {
  const grids = await readFileGrids(file(await macroWorkbook(), '宏测试局.xlsm'));
  expect(grids.notices && grids.notices.map((n) => n.code)).toEqual(['xlsx-macros']);
  const ws = createFileWorkspace('zh');
  ws.setFiles([file(await macroWorkbook(), '宏测试局.xlsm'), hugeFile('全市材料汇编.xlsx'), file(await goodWorkbook('淮安市测试局'), '测试局.xlsx')]);
  const run = await ws.validate();
  expect(run.validation.reports.length).toBe(2);
  expect(run.reportSources).toEqual(['宏测试局.xlsm', '测试局.xlsx']);
  const notes = run.validation.issues.map((i) => `${i.code} ${i.message}`);
  expect(notes).toContain(`xlsx-macros 宏测试局.xlsm：${MACRO_NOTICE}`);
  expect(notes.filter((n) => n.indexOf('测试局.xlsx') >= 0 && n.indexOf('宏') < 0)).toEqual([]);
  expect(notes.filter((n) => n.indexOf('unreadable') === 0)).toEqual([expect.stringContaining('文件“全市材料汇编.xlsx”过大')]);
});

test('standalone 汇总: each file\'s status line carries its notices; a too-large file fails with its size — one loop', async () => {
  const ws = createFileWorkspace('zh');
  const progress: string[] = [];
  const run = await ws.consolidate(
    [
      { kind: 'file', file: file(await macroWorkbook(), '宏测试局.xlsm') },
      { kind: 'file', file: file(await goodWorkbook('淮安市另一局'), '另一局.xlsx') },
      { kind: 'file', file: hugeFile('全市材料汇编.xlsx') },
    ],
    (st) => progress.push(st.map((s) => s.state).join(',')),
  );
  expect(progress[0]).toBe('waiting,waiting,waiting');
  expect(progress).toContain('included,included,reading');
  expect(run.included).toBe(2);
  const byLabel: { [label: string]: { state: string; detail?: string } } = {};
  for (const s of run.statuses) byLabel[s.label] = s;
  expect(Object.keys(byLabel)).toEqual(['宏测试局.xlsm · 年报统计表', '另一局.xlsx · 年报统计表', '全市材料汇编.xlsx']);
  expect(byLabel['宏测试局.xlsm · 年报统计表']).toEqual({ label: '宏测试局.xlsm · 年报统计表', state: 'included', unit: '宏测试局', detail: MACRO_NOTICE });
  expect(byLabel['另一局.xlsx · 年报统计表']).toEqual({ label: '另一局.xlsx · 年报统计表', state: 'included', unit: '淮安市另一局' });
  expect(byLabel['全市材料汇编.xlsx'].state).toBe('failed');
  expect(byLabel['全市材料汇编.xlsx'].detail).toContain('过大（100.0 MB）');
  expect(run.download && run.download.fileName).toBe('2024年全市汇总.xlsx');
});

test('in Excel, sheets and files are consolidated together through the same loop — 2 syncs', async () => {
  const [d1] = departmentSet(huaianFigures, 2024, 1);
  const values: Record<string, number | null> = {};
  for (const key of Object.keys(d1.figures.cells)) values[key] = d1.figures.cells[key].value;
  const wb = new FakeWorkbook();
  wb.addSheet(d1.unit, handmadeSheets(getFormat('2021'), values, { unit: d1.unit, year: 2024 })[0].rows as Array<Array<string | number | null>>);
  const ws = excelWorkspace(new ExcelHost(wb.run, EXCEL_API_FULL, wb.settings()), 'en', true);
  const run = await ws.consolidate(
    [
      { kind: 'sheet', sheet: d1.unit },
      { kind: 'file', file: file(await macroWorkbook(), '宏测试局.xlsm') },
    ],
    () => undefined,
  );
  expect(wb.syncs).toBe(2);
  expect(run.included).toBe(2);
  expect(run.sheetsWritten).toEqual(['全市汇总', '汇总明细', '来源清单']);
  expect(run.statuses.map((s) => s.label)).toEqual([d1.unit, '宏测试局.xlsm · 年报统计表']);
  const macro = run.statuses[1];
  expect(macro.detail).toBe('The workbook contains macros (VBA). Only the values saved in its cells are read; no macro is run or needed.');
});
