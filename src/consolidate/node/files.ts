/**
 * Node-side consolidation over files (the CLI's `nianbao consolidate`, the demo, the benchmark).
 * The only module of src/consolidate that touches the file system; not part of the browser bundle.
 *
 * Sources are read-only: each input is opened for reading ('r'), its bytes hashed and parsed, and
 * released before the next one is read (memory holds one workbook at a time plus the breakdown).
 * The output is written through src/xlsx's writeWorkbookFile: a temporary file renamed into place,
 * never over an existing file without `force`.
 */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import { writeWorkbookFile } from '../../xlsx/node';
import { createConsolidator } from '../index';
import type { ConsolidateOptions } from '../index';
import { readFileInputs } from '../readInput';
import type { ConsolidationResult, UnreadableInput } from '../types';
import { parseUnitList } from '../unitList';
import { WORKBOOK_FILE } from '../unitName';
import { consolidationWorkbook } from '../workbook';
import type { ConsolidationWorkbookOptions } from '../workbook';


/** The input files of a run. */
export interface InputFiles {
  /** Files to read, in order: each argument in turn, folders expanded in name order. */
  readonly files: readonly string[];
  /** Files in the folders that are not workbooks (.docx, .pdf…), Office lock files (~$…) and hidden files: not read. */
  readonly skipped: readonly string[];
  /** Arguments that do not exist or cannot be listed: reported as unreadable inputs. */
  readonly missing: readonly UnreadableInput[];
}

/**
 * Expands files and folders (recursively; hidden folders skipped) into the workbooks to read. Folders
 * give their workbook files (WORKBOOK_FILE: binary .xlsb and WPS .et too, so that they are listed as
 * unreadable with the reason, never skipped silently); a file named explicitly is always taken.
 * Paths listed in `exclude` (e.g. the output file) are left out. Never throws for a bad argument.
 */
export async function listInputFiles(paths: readonly string[], exclude: readonly string[] = []): Promise<InputFiles> {
  const files: string[] = [];
  const skipped: string[] = [];
  const missing: UnreadableInput[] = [];
  const excluded = exclude.map((p) => path.resolve(p));
  const seen: Record<string, boolean> = {};
  const take = (file: string) => {
    const abs = path.resolve(file);
    if (excluded.indexOf(abs) >= 0 || seen[abs]) return;
    seen[abs] = true;
    files.push(file);
  };
  const walk = async (dir: string): Promise<void> => {
    const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.name.charAt(0) === '.') {
        if (!e.isDirectory()) skipped.push(full);
        continue;
      }
      if (e.isDirectory()) await walk(full);
      else if (e.name.indexOf('~$') === 0 || !WORKBOOK_FILE.test(e.name)) skipped.push(full);
      else take(full);
    }
  };
  for (const p of paths) {
    try {
      const stat = await fs.stat(p);
      if (stat.isDirectory()) await walk(p);
      else take(p);
    } catch (e) {
      const code = e && typeof e === 'object' ? (e as { code?: string }).code : undefined;
      const why = code === 'ENOENT' ? '文件或文件夹不存在' : `无法读取（${code || String(e)}）`;
      missing.push({ file: p, reason: `${p}：${why}`, reasonEn: `${p}: ${code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${code || String(e)})`}` });
    }
  }
  return { files, skipped, missing };
}

/** Options of `consolidateFiles`. */
export interface ConsolidateFilesOptions extends ConsolidateOptions {
  /** Paths never read as inputs (the output file). */
  readonly exclude?: readonly string[];
  /** Called after each file with its position (1-based), the total and what it gave. */
  readonly onFile?: (done: number, total: number, file: string, reports: number) => void;
}

/** What `consolidateFiles` returns: the result and the files it did not read. */
export interface FilesConsolidation {
  readonly result: ConsolidationResult;
  readonly files: InputFiles;
}

/**
 * Reads every workbook of `paths` (files and folders) one at a time, recognises and validates its
 * reports, adds them and releases the file, then consolidates.
 * @throws ConsolidationRefusedError, ConsolidationError, SummaryInvalidError (see `Consolidator.finish`);
 *   never for a bad file, which becomes an unreadable input in the source list.
 */
export async function consolidateFiles(paths: readonly string[], options: ConsolidateFilesOptions = {}): Promise<FilesConsolidation> {
  const files = await listInputFiles(paths, options.exclude || []);
  const consolidator = createConsolidator(options);
  for (const m of files.missing) consolidator.addUnreadable(m);
  let done = 0;
  for (const file of files.files) {
    let reports = 0;
    const read = await readOneFile(file);
    if ('unreadable' in read) consolidator.addUnreadable(read.unreadable);
    else {
      const reading = await readFileInputs(read.bytes, file, { modified: read.modified, sha256: read.sha256, lang: options.lang, format: options.format });
      if (reading.ok) {
        for (const input of reading.inputs) consolidator.add(input);
        reports = reading.inputs.length;
      } else consolidator.addUnreadable(reading.unreadable);
    }
    done++;
    if (options.onFile) options.onFile(done, files.files.length, file, reports);
  }
  return { result: consolidator.finish(), files };
}

/** A file's bytes, modification time and SHA-256, opened read-only. */
async function readOneFile(file: string): Promise<{ bytes: Uint8Array; modified: number; sha256: string } | { unreadable: UnreadableInput }> {
  try {
    const handle = await fs.open(file, 'r');
    try {
      const stat = await handle.stat();
      const bytes = await handle.readFile();
      return { bytes, modified: stat.mtimeMs, sha256: createHash('sha256').update(bytes).digest('hex') };
    } finally {
      await handle.close();
    }
  } catch (e) {
    const code = e && typeof e === 'object' ? (e as { code?: string }).code : undefined;
    const why = code === 'EACCES' || code === 'EPERM' ? '没有读取权限' : code === 'EISDIR' ? '这是一个文件夹' : `无法读取（${code || String(e)}）`;
    return { unreadable: { file, reason: `${file}：${why}`, reasonEn: `${file}: cannot be read (${code || String(e)})` } };
  }
}

/**
 * Writes the three sheets of `result` to `file` (temporary file, then rename).
 * @throws XlsxWriteError 'exists' when the file exists and `force` is not set; 'write-failed'.
 */
export async function writeConsolidationFile(
  file: string,
  result: ConsolidationResult,
  options: ConsolidationWorkbookOptions & { force?: boolean } = {},
): Promise<void> {
  await writeWorkbookFile(file, consolidationWorkbook(result, options), { force: options.force });
}

/** A --units file whose bytes are neither UTF-8 nor GB18030 (GBK) text; the message names the file. */
export class UnitListEncodingError extends Error {
  readonly messageEn: string;
  readonly file: string;

  constructor(file: string) {
    super(`${file}：应报单位清单不是 UTF-8 或 GBK（GB18030）编码的文本，无法读取。请用记事本“另存为”UTF-8 编码后重试。`);
    this.name = 'UnitListEncodingError';
    this.messageEn = `${file}: the list of expected units is neither UTF-8 nor GBK (GB18030) text and cannot be read. Save it as UTF-8 and try again.`;
    this.file = file;
  }
}

/**
 * The text of a units file. Windows Notepad in China saves GBK ("ANSI") unless told otherwise, and
 * "Unicode" as UTF-16 with a byte-order mark, so: a UTF-16 BOM decides UTF-16; otherwise strict UTF-8
 * (a UTF-8 BOM dropped); bytes that are not UTF-8 are read as GB18030, the superset of GBK and GB2312.
 * Both decoders are strict: GBK read as UTF-8 fails (it is almost never valid UTF-8), and bytes that
 * are not GB18030 either fail too, instead of becoming unit names of mojibake.
 * @throws UnitListEncodingError naming `file` when the bytes are neither.
 */
export function decodeUnitListBytes(bytes: Uint8Array, file: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      // ignoreBOM: false (the default) drops a leading UTF-8 BOM.
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // not this encoding: try the next
    }
  }
  throw new UnitListEncodingError(file);
}

/**
 * The expected-units list of the CLI's --units FILE: one unit per line (see `parseUnitList`), in UTF-8,
 * GBK/GB18030 or UTF-16 with a BOM (see `decodeUnitListBytes`).
 * @throws UnitListEncodingError for other bytes; the file system's errors (ENOENT, EACCES) as they are.
 */
export async function readUnitListFile(file: string): Promise<string[]> {
  return parseUnitList(decodeUnitListBytes(await fs.readFile(file), file));
}
