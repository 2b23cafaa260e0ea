/**
 * Running the CLI's commands in process for the hardening suite: stdout and stderr captured (the shared
 * `captured` of test/fixtures/cli.ts), the exit code returned, and the files of a folder hashed before
 * and after (nothing a user made may change).
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// The in-process CLI runner is shared with test/cli.
export { captured } from '../fixtures/cli';

/** SHA-256 of a file's bytes. */
export function sha256File(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Every file under `dir` (recursively, hidden ones included) with its SHA-256, by relative path. */
export function folderHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = sha256File(full);
    }
  };
  walk(dir);
  return out;
}

/** Temporary folders made by a suite, removed by `removeTempDirs` in afterAll. */
const made: string[] = [];

export function tempDir(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `nianbao-hardening-${name}-`));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  while (made.length) fs.rmSync(made.pop() as string, { recursive: true, force: true });
}

/** The text after `${file}：` on the line that names `file`, for matching a message. */
export function messageAbout(output: string, file: string): string | undefined {
  for (const line of output.split('\n')) {
    const at = line.indexOf(`${file}：`);
    if (at >= 0) return line.slice(at + file.length + 1);
  }
  return undefined;
}
