/**
 * Hostile and broken files (issue 4, part 2), read directly and through the CLI's commands: each gets its
 * specific message, exit code 2, nothing is written, the input is byte-identical afterwards (SHA-256),
 * and nothing crashes or hangs — a crafted file is refused in seconds, never after minutes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runConsolidate } from '../../src/cli/consolidate';
import { runValidate } from '../../src/cli/validate';
import { readWorkbook, XlsxReadError } from '../../src/xlsx';
import { readWorkbookFile } from '../../src/xlsx/node';
import { captured, folderHashes, messageAbout, removeTempDirs, sha256File, tempDir } from './cliRun';
import { goodWorkbook, HOSTILE_FILES } from './hostileFiles';
import type { HostileFile } from './hostileFiles';

/** A crafted file must be refused within this time (the slowest, the million-row sheet, takes about 1 s). */
const REFUSED_WITHIN_MS = 8000;

interface Written {
  readonly hostile: HostileFile;
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

let inputs: string;
let outputs: string;
let written: Written[];

beforeAll(async () => {
  inputs = tempDir('hostile-in');
  outputs = tempDir('hostile-out');
  written = [];
  for (const hostile of HOSTILE_FILES) {
    const bytes = await hostile.build();
    const file = path.join(inputs, hostile.name);
    fs.writeFileSync(file, bytes);
    written.push({ hostile, file, bytes, sha256: sha256File(file) });
  }
}, 60000);

afterAll(removeTempDirs);

test('the hostile set: 27 files, every name distinct', () => {
  expect(written.length).toBe(27);
  expect(new Set(written.map((w) => w.hostile.name)).size).toBe(written.length);
});

describe('readWorkbook refuses each with its code and specific message, quickly', () => {
  test.each(HOSTILE_FILES.map((h) => [h.what, h] as const))('%s', async (_what, hostile) => {
    const w = written.filter((x) => x.hostile === hostile)[0];
    const started = Date.now();
    const error = await readWorkbook(w.bytes).then(
      () => undefined,
      (e: unknown) => e,
    );
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(XlsxReadError);
    expect((error as XlsxReadError).code).toBe(hostile.code);
    expect((error as XlsxReadError).message).toMatch(hostile.message);
    expect(elapsed).toBeLessThan(REFUSED_WITHIN_MS);
  });

  test('readWorkbookFile names the file in front of the same message', async () => {
    for (const w of written) {
      const error = (await readWorkbookFile(w.file).catch((e: unknown) => e)) as XlsxReadError;
      expect([w.hostile.name, error.code, error.file]).toEqual([w.hostile.name, w.hostile.code, w.file]);
      expect(error.message.indexOf(`${w.file}：`)).toBe(0);
      expect(error.message.slice(w.file.length + 1)).toMatch(w.hostile.message);
    }
  });
});

describe('nianbao validate', () => {
  test('each hostile file alone: exit 2, the file named with its specific message, nothing written, input unchanged', async () => {
    const before = folderHashes(inputs);
    for (const w of written) {
      const run = await captured(() => runValidate([w.file], { lang: 'zh' }));
      expect([w.hostile.name, run.code]).toEqual([w.hostile.name, 2]);
      expect(run.out).toContain('✗ 无法读取');
      expect(messageAbout(run.out, w.file)).toMatch(w.hostile.message);
    }
    expect(folderHashes(inputs)).toEqual(before);
  });

  test('--json: the same message in the file\'s errors', async () => {
    const w = written.filter((x) => x.hostile.code === 'legacy-xls')[0];
    const run = await captured(() => runValidate([w.file], { lang: 'zh', json: true }));
    expect(run.code).toBe(2);
    const doc = JSON.parse(run.out) as { files: Array<{ file: string; tables: unknown[]; errors: string[] }> };
    expect(doc.files).toHaveLength(1);
    expect(doc.files[0].tables).toEqual([]);
    expect(doc.files[0].errors).toHaveLength(1);
    expect(doc.files[0].errors[0].slice(w.file.length + 1)).toMatch(w.hostile.message);
  });

  test('all hostile files with a good one in one run: the good one is validated, the run exits 2', async () => {
    const dir = tempDir('validate-mixed');
    const good = path.join(dir, '好文件.xlsx');
    fs.writeFileSync(good, await goodWorkbook());
    const before = { ...folderHashes(inputs), good: sha256File(good) };
    const run = await captured(() => runValidate([good, ...written.map((w) => w.file)], { lang: 'zh' }));
    expect(run.code).toBe(2);
    expect(run.out).toContain(`文件：${good}\n  格式 2021（国办公开办函〔2021〕30号）`);
    expect(run.out).toContain('未发现问题');
    for (const w of written) expect(messageAbout(run.out, w.file)).toMatch(w.hostile.message);
    expect({ ...folderHashes(inputs), good: sha256File(good) }).toEqual(before);
    expect(fs.readdirSync(dir)).toEqual(['好文件.xlsx']);
  });
});

describe('nianbao consolidate', () => {
  test('each hostile file alone: exit 2, its specific message, no output file, input unchanged', async () => {
    const before = folderHashes(inputs);
    for (const w of written) {
      const output = path.join(outputs, `${w.hostile.name}-汇总.xlsx`);
      const run = await captured(() => runConsolidate([w.file], { output, lang: 'zh' }));
      expect([w.hostile.name, run.code]).toEqual([w.hostile.name, 2]);
      expect(messageAbout(run.out, w.file)).toMatch(w.hostile.message);
      expect(fs.existsSync(output)).toBe(false);
    }
    expect(fs.readdirSync(outputs)).toEqual([]);
    expect(folderHashes(inputs)).toEqual(before);
  });

  test('the hostile folder with two good workbooks: exit 2, every hostile file listed as unreadable with its reason, inputs unchanged', async () => {
    const dir = tempDir('consolidate-mixed');
    for (const w of written) fs.writeFileSync(path.join(dir, w.hostile.name), w.bytes);
    fs.writeFileSync(path.join(dir, '甲局.xlsx'), await goodWorkbook('甲局'));
    fs.writeFileSync(path.join(dir, '乙局.xlsx'), await goodWorkbook('乙局'));
    const before = folderHashes(dir);
    const output = path.join(outputs, '混合-汇总.xlsx');
    const run = await captured(() => runConsolidate([dir], { output, lang: 'zh', json: true }));
    expect(run.code).toBe(2);
    const doc = JSON.parse(run.out) as { ok: boolean; inputs: Array<{ file: string; status: string; reason: string | null }> };
    expect(doc.ok).toBe(true);
    const byName: Record<string, { status: string; reason: string | null }> = {};
    for (const i of doc.inputs) byName[path.basename(i.file)] = i;
    expect([byName['甲局.xlsx'].status, byName['乙局.xlsx'].status]).toEqual(['included', 'included']);
    for (const w of written) {
      const entry = byName[w.hostile.name];
      expect([w.hostile.name, entry && entry.status]).toEqual([w.hostile.name, 'unreadable']);
      expect((entry.reason as string).slice(path.join(dir, w.hostile.name).length + 1)).toMatch(w.hostile.message);
    }
    expect(folderHashes(dir)).toEqual(before);
    // The consolidation of the two good ones is written, listing the unreadable files.
    expect(fs.existsSync(output)).toBe(true);
  }, 60000);
});
