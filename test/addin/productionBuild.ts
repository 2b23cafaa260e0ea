/**
 * One production build of the add-in shared by the test files that need it (ES5 check, end-to-end):
 * built into out/addin-test-build/ with the real `webpack --mode production`, reused while the
 * sources are unchanged (a content hash of src/, assets/, manifest.xml and the build configs),
 * and guarded by a lock directory so that parallel jest workers never build twice at once.
 */
import { execFile } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BUILD_DIR = path.join(ROOT, 'out', 'addin-test-build');
const STAMP = path.join(BUILD_DIR, '.stamp');
const LOCK = `${BUILD_DIR}.lock`;
/** A lock older than this is left over from a killed run. */
const STALE_LOCK_MS = 15 * 60 * 1000;

function walk(dir: string, out: string[]): void {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
}

/** Hash of everything the build reads from the project. */
export function sourceStamp(): string {
  const files: string[] = [];
  walk(path.join(ROOT, 'src'), files);
  walk(path.join(ROOT, 'assets'), files);
  for (const f of ['manifest.xml', 'webpack.config.js', 'babel.config.js', 'package-lock.json']) files.push(path.join(ROOT, f));
  const h = createHash('sha256');
  for (const f of files) {
    h.update(path.relative(ROOT, f));
    h.update(fs.readFileSync(f));
  }
  h.update(`ADDIN_URL=${process.env.ADDIN_URL || ''};OFFICE_JS=${process.env.OFFICE_JS || ''}`);
  return h.digest('hex');
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function runWebpack(): Promise<void> {
  return new Promise((resolve, reject) => {
    const cli = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
    execFile(
      process.execPath,
      [cli, '--mode', 'production', '--env', `outDir=${BUILD_DIR}`, '--json', path.join(ROOT, 'out', 'addin-test-build.stats.json')],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 10 * 60 * 1000 },
      (err, _stdout, stderr) => (err ? reject(new Error(`webpack failed: ${err.message}\n${stderr}`)) : resolve()),
    );
  });
}

/** Module resources (absolute paths) webpack put in each chunk of the last test build, by chunk name. */
export function buildStats(): { chunks: Array<{ names: string[]; initial: boolean; files: string[]; modules: string[] }> } {
  const stats = JSON.parse(fs.readFileSync(path.join(ROOT, 'out', 'addin-test-build.stats.json'), 'utf8'));
  const chunks = (stats.chunks || []).map((c: { names: string[]; initial: boolean; files: string[]; modules?: Array<{ nameForCondition?: string; modules?: Array<{ nameForCondition?: string }> }> }) => {
    const modules: string[] = [];
    for (const m of c.modules || []) {
      if (m.nameForCondition) modules.push(m.nameForCondition);
      for (const inner of m.modules || []) if (inner.nameForCondition) modules.push(inner.nameForCondition);
    }
    return { names: c.names, initial: c.initial, files: c.files, modules };
  });
  return { chunks };
}

/**
 * The production build's folder, building it first unless an identical one exists.
 * Waits for a build another worker is running.
 */
export async function productionBuild(): Promise<string> {
  const stamp = sourceStamp();
  const fresh = (): boolean => fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === stamp;
  fs.mkdirSync(path.dirname(BUILD_DIR), { recursive: true });
  for (;;) {
    if (fresh()) return BUILD_DIR;
    try {
      fs.mkdirSync(LOCK);
    } catch {
      const age = Date.now() - fs.statSync(LOCK).mtimeMs;
      if (age > STALE_LOCK_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      await sleep(2000);
      continue;
    }
    try {
      if (fresh()) return BUILD_DIR;
      await runWebpack();
      fs.writeFileSync(STAMP, stamp);
      return BUILD_DIR;
    } finally {
      fs.rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
