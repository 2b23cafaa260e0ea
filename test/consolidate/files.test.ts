/**
 * End to end on real files: departmental workbooks (our template and hand-made layouts) written to a
 * folder, read back, recognised, validated and consolidated; the output written and read back.
 * Real values: the published 淮安 2024 city figures and a corrected copy of 海东 2019.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConsolidationRefusedError } from '../../src/consolidate/errors';
import { departmentSet } from '../../src/consolidate/demoSet';
import type { DepartmentReport } from '../../src/consolidate/demoSet';
import { publishedReportFigures, withCorrections } from '../../src/examples/published';
import { writeDepartmentFiles } from '../../src/consolidate/node/demoFiles';
import { consolidateFiles, readUnitListFile, writeConsolidationFile } from '../../src/consolidate/node/files';
import { BREAKDOWN_SHEET, SUMMARY_SHEET } from '../../src/consolidate/sheets';
import { readWorkbookFile } from '../../src/xlsx/node';
import { validateGrids } from '../../src/workflow/validate';
import { exampleJson } from '../fixtures/examples';

const huaian = publishedReportFigures(exampleJson('huaian-2024')).figures;
const haidongFixed = withCorrections(publishedReportFigures(exampleJson('haidong-2019')).figures, { 't3_applications/r3_1_open:c_total': 222 });
const set = departmentSet(huaian, 2024, 30);

const made: string[] = [];
function tempDir(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `nianbao-${name}-`));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fs.readdirSync(dir).sort()) out[f] = createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex');
  return out;
}

describe('淮安 2024: 30 departmental workbooks, consolidated back', () => {
  const dir = tempDir('huaian');
  const outDir = tempDir('out');
  const out = path.join(outDir, '全市汇总.xlsx');
  let before: Record<string, string>;
  let result: Awaited<ReturnType<typeof consolidateFiles>>['result'];

  beforeAll(async () => {
    await writeDepartmentFiles(dir, set);
    before = hashes(dir);
    result = (await consolidateFiles([dir], { now: new Date('2025-01-28T09:00:00Z') })).result;
    await writeConsolidationFile(out, result, { unit: '淮安市人民政府办公室' });
  });

  test('the set mixes our template with hand-made layouts (flattened labels, 3 sheets, extra title row…)', () => {
    const layouts = set.map((d) => d.layout);
    expect(layouts.filter((l) => l === 'template').length).toBe(20);
    for (const l of ['template-renamed', 'handmade', 'handmade-noisy', 'handmade-sheets', 'extra-title']) expect(layouts).toContain(l);
  });

  test('every department recognised, valid, named from its 填报单位 and summed', () => {
    expect(result.sources.length).toBe(30);
    for (const s of result.sources) {
      expect([s.unit, s.status, s.errors, s.missingFigures, s.unitSource]).toEqual([s.unit, 'included', 0, 0, 'report']);
    }
    expect(result.sources.map((s) => s.unit).sort()).toEqual(set.map((d) => d.unit).sort());
  });

  test('the consolidation equals the published 淮安 2024 figures, cell for cell', () => {
    const keys = Object.keys(huaian.cells);
    expect(keys.length).toBe(200);
    for (const key of keys) expect([key, result.summary.cells[key].value]).toEqual([key, huaian.cells[key].value]);
    expect(result.summary.cells['t2_art20_8/r_fees:c_fee_amount'].value).toBe(96171.6);
    expect(result.summary.cells['t2_art20_6/r_penalty:c_decisions'].value).toBe(3985758);
    expect(result.summaryFindings).toEqual([]);
  });

  test('sources unchanged: every input byte-identical (SHA-256) after the run', () => {
    expect(hashes(dir)).toEqual(before);
    expect(result.sources.map((s) => s.sha256).sort()).toEqual(Object.keys(before).map((f) => before[f]).sort());
  });

  test('the written 全市汇总 is recognised as a report again and equals the summary; the 合计 row too', async () => {
    const grids = await readWorkbookFile(out);
    const validation = validateGrids(grids.filter((g) => g.sheet === SUMMARY_SHEET), { lang: 'zh' });
    expect(validation.reports.length).toBe(1);
    const summary = validation.reports[0];
    expect(summary.findings).toEqual([]);
    expect(summary.report.year).toBe(2024);
    for (const key of Object.keys(huaian.cells)) expect([key, summary.figures.cells[key].value]).toEqual([key, huaian.cells[key].value]);
    const breakdown = grids.filter((g) => g.sheet === BREAKDOWN_SHEET)[0];
    const total = breakdown.cells[4 + 30];
    result.breakdown.columns.forEach((c, i) => {
      const cell = total[3 + i];
      expect([c.key, cell ? cell.value : null]).toEqual([c.key, summary.figures.cells[c.key].value]);
    });
  });

  test('an existing output is not overwritten without force; a re-run skips the output file in the folder', async () => {
    await expect(writeConsolidationFile(out, result)).rejects.toThrow('文件已存在');
    const copy = path.join(dir, '上次的汇总.xlsx');
    fs.copyFileSync(out, copy);
    const again = (await consolidateFiles([dir])).result;
    const last = again.sources.filter((s) => s.file === copy)[0];
    expect(last.status).toBe('unreadable');
    expect(last.reason).toContain('这是汇总结果文件');
    expect(again.summary).toEqual(result.summary);
    fs.unlinkSync(copy);
  });
});

describe('problems a general office meets', () => {
  async function folder(name: string, departments: readonly DepartmentReport[]): Promise<string> {
    const dir = tempDir(name);
    await writeDepartmentFiles(dir, departments);
    return dir;
  }
  const few = set.slice(0, 5);

  test('an invalid departmental file is excluded and listed with the cell and reason', async () => {
    const bad = { ...few[1], figures: withCorrections(few[1].figures, { 't3_applications/r3_1_open:c_total': 1 }) };
    const dir = await folder('invalid', [few[0], bad, few[2]]);
    const { result } = await consolidateFiles([dir]);
    const s = result.sources.filter((x) => x.unit === bad.unit)[0];
    expect(s.status).toBe('excluded-invalid');
    expect(s.reason).toMatch(/（一）予以公开/);
    expect(s.reason).toMatch(/年报统计表!/);
    expect(result.breakdown.rows.map((r) => r.unit)).not.toContain(bad.unit);
  });

  test('mixed formats refused, naming the 2019-format file', async () => {
    const old: DepartmentReport = { unit: '淮安市老格式局', file: '淮安市老格式局.xlsx', layout: 'template', year: 2024, figures: departmentSet(haidongFixed, 2024, 1)[0].figures };
    const dir = await folder('mixed', [few[0], few[1], old]);
    const e = await consolidateFiles([dir]).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(ConsolidationRefusedError);
    const r = e as ConsolidationRefusedError;
    expect(r.formats.map((g) => [g.value, g.units])).toEqual([
      ['2021', [few[0].unit, few[1].unit].sort()],
      ['2019', ['淮安市老格式局']],
    ]);
    expect(r.message).toContain('2019 格式：第 ');
    expect(r.message).toContain('“淮安市老格式局”');
  });

  test('the same file twice stops the run; --prefer-latest keeps the newer by modification time', async () => {
    const dir = await folder('dup', few.slice(0, 3));
    const original = path.join(dir, few[0].file);
    const copy = path.join(dir, 'zz-重发.xlsx');
    fs.copyFileSync(original, copy);
    const e = (await consolidateFiles([dir]).catch((x: unknown) => x)) as ConsolidationRefusedError;
    expect(e).toBeInstanceOf(ConsolidationRefusedError);
    expect(e.duplicates.map((d) => d.kind)).toEqual(['content']);
    fs.utimesSync(original, new Date('2025-01-27T10:00:00Z'), new Date('2025-01-27T10:00:00Z'));
    fs.utimesSync(copy, new Date('2025-01-20T10:00:00Z'), new Date('2025-01-20T10:00:00Z'));
    const { result } = await consolidateFiles([dir], { preferLatest: true });
    const byFile = (f: string) => result.sources.filter((s) => s.file === f)[0];
    expect(byFile(original).status).toBe('included');
    expect(byFile(copy).status).toBe('excluded-duplicate');
    expect(result.breakdown.rows.length).toBe(3);
  });

  test('missing and unexpected units from a --units file; unreadable files listed', async () => {
    const dir = await folder('units', few.slice(0, 3));
    fs.writeFileSync(path.join(dir, '说明.txt'), '不是工作簿');
    fs.writeFileSync(path.join(dir, '坏文件.xlsx'), 'not a zip');
    const list = path.join(tempDir('list'), 'units.txt');
    fs.writeFileSync(list, `${few[0].unit}\n${few[1].unit}\n淮安市水利局\n`);
    const { result, files } = await consolidateFiles([dir], { expectedUnits: await readUnitListFile(list) });
    expect(files.skipped.map((f) => path.basename(f))).toEqual(['说明.txt']);
    expect(result.expected!.missing).toEqual(['淮安市水利局']);
    expect(result.expected!.unexpected.map((u) => u.unit).sort()).toEqual(['坏文件', few[2].unit].sort());
    const bad = result.sources.filter((s) => s.unit === '坏文件')[0];
    expect(bad.status).toBe('unreadable');
    expect(bad.reason).toContain('不是 Excel 工作簿');
  });

  test('formula-like unit names stay text through department file → consolidation → output file', async () => {
    const hostile = ['=1+1', '@SUM(A1)', '+86局', '-局'];
    const dir = await folder('hostile', few.slice(0, 4).map((d, i) => ({ ...d, unit: hostile[i], file: `部门${i}.xlsx` })));
    const { result } = await consolidateFiles([dir]);
    expect(result.sources.map((s) => s.unit).sort()).toEqual(hostile.slice().sort());
    const out = path.join(tempDir('hostile-out'), 'out.xlsx');
    await writeConsolidationFile(out, result);
    const grids = await readWorkbookFile(out);
    const breakdown = grids.filter((g) => g.sheet === BREAKDOWN_SHEET)[0];
    const names = breakdown.cells.slice(4, 8).map((r) => r[1]);
    for (const n of names) expect(n && n.formula).toBeUndefined();
    expect(names.map((n) => n && n.value).sort()).toEqual(hostile.slice().sort());
  });

  test('a 2019-format set consolidates too (海东 2019, corrected copy 230 → 222, 12 departments)', async () => {
    const departments = departmentSet(haidongFixed, 2019, 12, 7);
    const dir = await folder('haidong', departments);
    const { result } = await consolidateFiles([dir]);
    expect(result.format).toBe('2019');
    expect(result.sources.every((s) => s.status === 'included')).toBe(true);
    for (const key of Object.keys(haidongFixed.cells)) expect([key, result.summary.cells[key].value]).toEqual([key, haidongFixed.cells[key].value]);
    expect(result.summary.cells['t3_applications/r3_1_open:c_total'].value).toBe(222);
    expect(result.summary.cells['t2_art20_9/r_central_proc:c_proc_amount'].value).toBe(515700);
  });
});
