/**
 * Nothing a user made is lost (issue 4, part 3): inputs are byte-identical after validate and consolidate
 * (SHA-256 and modification time); outputs go to a temporary file in the same folder and are renamed
 * (or hard-linked) into place, so a failure at any step leaves neither a half-written file nor a
 * replaced one; an existing file is kept unless --force, even when it appears while the output is
 * being written.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runConsolidate } from '../../src/cli/consolidate';
import { runTemplate } from '../../src/cli/template';
import { runValidate } from '../../src/cli/validate';
import { departmentSet } from '../../src/consolidate/demoSet';
import { writeDepartmentFiles } from '../../src/consolidate/node/demoFiles';
import { BREAKDOWN_SHEET, SOURCES_SHEET, SUMMARY_SHEET } from '../../src/consolidate/sheets';
import { readWorkbookFile } from '../../src/xlsx/node';
import { captured, folderHashes, removeTempDirs, sha256File, tempDir } from './cliRun';
import { huaianFigures } from './hostileFiles';

afterAll(removeTempDirs);

/** Modification times of the files of a folder, by name. */
function mtimes(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of fs.readdirSync(dir)) out[f] = fs.statSync(path.join(dir, f)).mtimeMs;
  return out;
}

let departments: string;

beforeAll(async () => {
  departments = tempDir('departments');
  // Twelve departments of 淮安 2024 in our template and in hand-made layouts.
  await writeDepartmentFiles(departments, departmentSet(huaianFigures, 2024, 12));
});

describe('inputs are only read', () => {
  test('validate then consolidate a folder of 12 departmental workbooks: every input byte-identical, same modification time', async () => {
    const hashes = folderHashes(departments);
    const times = mtimes(departments);
    const files = fs.readdirSync(departments).map((f) => path.join(departments, f));
    const v = await captured(() => runValidate(files, { lang: 'zh' }));
    expect(v.code).toBe(0);
    const output = path.join(tempDir('nothing-lost-out'), '全市汇总.xlsx');
    const c = await captured(() => runConsolidate([departments], { output, lang: 'zh' }));
    expect(c.code).toBe(0);
    expect(folderHashes(departments)).toEqual(hashes);
    expect(mtimes(departments)).toEqual(times);
    expect(Object.keys(hashes)).toHaveLength(12);
  });

  test('the output written inside the input folder is never read back as an input, and the inputs stay as they were', async () => {
    const dir = tempDir('output-inside');
    for (const f of fs.readdirSync(departments)) fs.copyFileSync(path.join(departments, f), path.join(dir, f));
    const inputs = folderHashes(dir);
    const output = path.join(dir, '全市汇总.xlsx');
    const first = await captured(() => runConsolidate([dir], { output, lang: 'zh', json: true }));
    expect(first.code).toBe(0);
    const second = await captured(() => runConsolidate([dir], { output, lang: 'zh', json: true, force: true }));
    expect(second.code).toBe(0);
    const doc = JSON.parse(second.out) as { inputs: Array<{ file: string }> };
    expect(doc.inputs.map((i) => path.basename(i.file)).sort()).toEqual(Object.keys(inputs).sort());
    const after = folderHashes(dir);
    delete after['全市汇总.xlsx'];
    expect(after).toEqual(inputs);
  });

  test('an input given as the output too, even with --force: not overwritten (it is left out of the inputs, nothing is written)', async () => {
    const dir = tempDir('output-is-input');
    const file = path.join(dir, '甲局.xlsx');
    fs.copyFileSync(path.join(departments, fs.readdirSync(departments)[0]), file);
    const before = sha256File(file);
    const run = await captured(() => runConsolidate([file], { output: file, lang: 'zh', force: true }));
    expect(run.code).toBe(2);
    expect(sha256File(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['甲局.xlsx']);
  });
});

describe('outputs: a temporary file, then renamed into place', () => {
  /** The fs calls of `run` that write, link, rename or remove files, in order, with their paths; the calls go through. */
  async function writes(run: () => Promise<unknown>): Promise<string[]> {
    const calls: string[] = [];
    type AnyCall = (...args: unknown[]) => Promise<unknown>;
    const p = fs.promises as unknown as Record<'writeFile' | 'link' | 'rename' | 'unlink', AnyCall>;
    const spies = (['writeFile', 'link', 'rename', 'unlink'] as const).map((name) => {
      const original = p[name].bind(fs.promises);
      return jest.spyOn(p, name).mockImplementation((...args: unknown[]) => {
        calls.push(name === 'writeFile' ? `write ${String(args[0])}` : name === 'unlink' ? `unlink ${String(args[0])}` : `${name} ${String(args[0])} → ${String(args[1])}`);
        return original(...args);
      });
    });
    try {
      await run();
    } finally {
      spies.forEach((s) => s.mockRestore());
    }
    return calls;
  }

  test('consolidate: bytes to a hidden .tmp beside the target, hard-linked to the target, the temporary removed', async () => {
    const dir = tempDir('tmp-rename');
    const output = path.join(dir, '全市汇总.xlsx');
    let code = -1;
    const calls = await writes(async () => {
      code = (await captured(() => runConsolidate([departments], { output, lang: 'zh' }))).code;
    });
    expect(code).toBe(0);
    expect(calls).toHaveLength(3);
    const temp = /^write (.*)$/.exec(calls[0]);
    expect(temp).not.toBeNull();
    const tempFile = (temp as RegExpExecArray)[1];
    expect(path.dirname(tempFile)).toBe(dir);
    expect(path.basename(tempFile)).toMatch(/^\.全市汇总\.xlsx\.\d+\.[0-9a-z]+\.tmp$/);
    expect(calls.slice(1)).toEqual([`link ${tempFile} → ${output}`, `unlink ${tempFile}`]);
    expect(fs.readdirSync(dir)).toEqual(['全市汇总.xlsx']);
    expect((await readWorkbookFile(output)).map((g) => g.sheet)).toEqual([SUMMARY_SHEET, BREAKDOWN_SHEET, SOURCES_SHEET]);
  });

  test('template --force: the temporary is renamed over the old file in one step', async () => {
    const dir = tempDir('tmp-force');
    const output = path.join(dir, '模板.xlsx');
    fs.writeFileSync(output, 'old');
    let code = -1;
    const calls = await writes(async () => {
      code = (await captured(() => runTemplate({ format: '2021', unit: '某局', year: 2025, output, force: true }))).code;
    });
    expect(code).toBe(0);
    expect(calls.map((c) => c.split(' ')[0])).toEqual(['write', 'rename']);
    expect(calls[1]).toMatch(new RegExp(`→ ${output.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    expect(fs.readdirSync(dir)).toEqual(['模板.xlsx']);
    expect((await readWorkbookFile(output))[0].marker).toMatchObject({ format: '2021', unit: '某局', year: 2025 });
  });

  test('a failure while renaming (disk error): exit 2, the old file untouched, no temporary left', async () => {
    const dir = tempDir('fail-rename');
    const output = path.join(dir, '全市汇总.xlsx');
    fs.writeFileSync(output, 'the office\'s previous consolidation');
    const failure = Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
    const spy = jest.spyOn(fs.promises, 'rename').mockRejectedValueOnce(failure);
    try {
      const run = await captured(() => runConsolidate([departments], { output, lang: 'zh', force: true }));
      expect(run.code).toBe(2);
      expect(run.err).toContain(`无法写入 ${output}：EIO`);
    } finally {
      spy.mockRestore();
    }
    expect(fs.readFileSync(output, 'utf8')).toBe('the office\'s previous consolidation');
    expect(fs.readdirSync(dir)).toEqual(['全市汇总.xlsx']);
  });

  test('a failure while linking and renaming a new file: exit 2, no file, no temporary left', async () => {
    const dir = tempDir('fail-link');
    const output = path.join(dir, '全市汇总.xlsx');
    const failure = Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
    const link = jest.spyOn(fs.promises, 'link').mockRejectedValueOnce(failure);
    const rename = jest.spyOn(fs.promises, 'rename').mockRejectedValueOnce(failure);
    try {
      const run = await captured(() => runConsolidate([departments], { output, lang: 'zh' }));
      expect(run.code).toBe(2);
    } finally {
      link.mockRestore();
      rename.mockRestore();
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('an existing file is kept unless --force', () => {
  test('consolidate and template over an existing file: exit 2, the message says so, the file byte-identical', async () => {
    const dir = tempDir('exists');
    const output = path.join(dir, '全市汇总.xlsx');
    fs.writeFileSync(output, 'keep me');
    const before = sha256File(output);
    const c = await captured(() => runConsolidate([departments], { output, lang: 'zh' }));
    expect(c.code).toBe(2);
    expect(c.err).toContain(`文件已存在：${output}。为避免覆盖，未写入；如确需覆盖，请使用 --force。`);
    const t = await captured(() => runTemplate({ format: '2021', output }));
    expect(t.code).toBe(2);
    expect(t.err).toContain(`文件已存在：${output}。为避免覆盖，未写入；如确需覆盖，请使用 --force。`);
    expect(sha256File(output)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['全市汇总.xlsx']);
  });

  test('a file that appears while the output is being written (another user, a sync client) is not replaced', async () => {
    const dir = tempDir('race');
    const output = path.join(dir, '全市汇总.xlsx');
    const p = fs.promises;
    const original = p.writeFile.bind(p);
    // The moment the temporary file is written, someone else saves the target.
    const spy = jest.spyOn(p, 'writeFile').mockImplementation((async (file: fs.PathLike, data: never, options?: never) => {
      fs.writeFileSync(output, 'written by someone else meanwhile');
      return original(file, data, options);
    }) as never);
    try {
      const run = await captured(() => runConsolidate([departments], { output, lang: 'zh' }));
      expect(run.code).toBe(2);
      expect(run.err).toContain('文件已存在');
    } finally {
      spy.mockRestore();
    }
    expect(fs.readFileSync(output, 'utf8')).toBe('written by someone else meanwhile');
    expect(fs.readdirSync(dir)).toEqual(['全市汇总.xlsx']);
  });

  test('with --force the file is replaced by a complete consolidation', async () => {
    const dir = tempDir('force');
    const output = path.join(dir, '全市汇总.xlsx');
    fs.writeFileSync(output, 'old');
    const c = await captured(() => runConsolidate([departments], { output, lang: 'zh', force: true }));
    expect(c.code).toBe(0);
    expect((await readWorkbookFile(output)).map((g) => g.sheet)).toEqual([SUMMARY_SHEET, BREAKDOWN_SHEET, SOURCES_SHEET]);
  });
});
