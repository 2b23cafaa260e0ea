/**
 * Reading chosen .xlsx Files in the browser. ExcelJS (with src/xlsx and the consolidation writer) is
 * loaded by dynamic import into its own chunk, only after `canReadXlsxFiles` (never in IE11, where
 * ExcelJS cannot even be parsed).
 */
import type { FileReading } from '../consolidate/readInput';
import type { Grid } from '../grid/types';
import type { Lang } from '../rules/types';
import type { XlsxNotice } from '../xlsx/errors';
import { MAX_FILE_BYTES } from '../xlsx/limits';
import { canReadXlsxFiles } from './capabilities';

export type XlsxSupport = typeof import('./xlsxSupport');

let loading: Promise<XlsxSupport> | null = null;

/**
 * The ExcelJS-based module, loaded once.
 * @throws Error (Chinese) when this browser cannot run ExcelJS.
 */
export function loadXlsx(): Promise<XlsxSupport> {
  if (!canReadXlsxFiles(window.navigator.userAgent)) {
    return Promise.reject(new Error('此浏览器（Internet Explorer 内核）无法读取或生成 .xlsx 文件，请使用新版浏览器打开网页版，或使用命令行 nianbao。'));
  }
  if (!loading) loading = import(/* webpackChunkName: "xlsx" */ './xlsxSupport');
  return loading;
}

/** An error with its English wording, for the English pane. */
export type BilingualError = Error & { readonly messageEn?: string };

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * The bytes of a File, refused before anything is read when it is larger than the reader accepts
 * (MAX_FILE_BYTES of src/xlsx/limits.ts: the browser would hold it whole in memory first).
 * @throws BilingualError naming the file: too large, or the browser cannot read it.
 */
export function readBytes(file: File): Promise<Uint8Array> {
  if (file.size > MAX_FILE_BYTES) {
    const error: BilingualError = Object.assign(
      new Error(`文件“${file.name}”过大（${megabytes(file.size)}），超过 ${megabytes(MAX_FILE_BYTES)} 的上限，未读取；年报统计表文件通常不足 1 MB。请删除与年报无关的工作表和图片后另存再试。`),
      { messageEn: `File "${file.name}" is too large (${megabytes(file.size)}; the limit is ${megabytes(MAX_FILE_BYTES)}) and was not read. Report workbooks are usually under 1 MB: remove unrelated sheets and pictures, save, and try again.` },
    );
    return Promise.reject(error);
  }
  return new Promise<Uint8Array>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => {
      const detail = reader.error ? reader.error.message : '';
      reject(Object.assign(new Error(`无法读取文件“${file.name}”${detail ? `：${detail}` : ''}`), { messageEn: `Cannot read file "${file.name}"${detail ? `: ${detail}` : ''}` }));
    };
    reader.readAsArrayBuffer(file);
  });
}

/** One file read for consolidation: its reports, or why it gives none (never throws on content). */
export async function readFileForConsolidation(file: File, lang: Lang): Promise<FileReading> {
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(file);
  } catch (err) {
    const m = err instanceof Error ? err.message : String(err);
    const en = (err as BilingualError).messageEn || `Cannot read file "${file.name}"`;
    return { ok: false, unreadable: { file: file.name, modified: file.lastModified, reason: m, reasonEn: en } };
  }
  const xlsx = await loadXlsx();
  return xlsx.readFileInputs(bytes, file.name, { modified: file.lastModified, lang });
}

/**
 * One file's grids (for validation and the cell preview) with what the reader says the user should know
 * (macros not run, external links not followed: src/xlsx notices, as the CLI lists them), or a
 * specific error naming the file.
 */
export async function readFileGrids(file: File): Promise<{ grids?: Grid[]; notices?: XlsxNotice[]; error?: string; errorEn?: string }> {
  try {
    const bytes = await readBytes(file);
    const xlsx = await loadXlsx();
    const reading = await xlsx.readWorkbookWithNotices(bytes);
    return { grids: reading.grids, notices: reading.notices };
  } catch (err) {
    const m = err instanceof Error ? err.message : String(err);
    const en = (err as BilingualError).messageEn || m;
    // readBytes names the file already.
    return { error: m.indexOf(file.name) >= 0 ? m : `${file.name}：${m}`, errorEn: en.indexOf(file.name) >= 0 ? en : `${file.name}: ${en}` };
  }
}
