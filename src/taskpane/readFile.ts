/**
 * Reading chosen .xlsx Files in the browser. ExcelJS (with src/xlsx and the consolidation writer) is
 * loaded by dynamic import into its own chunk, only after `canReadXlsxFiles` (never in IE11, where
 * ExcelJS cannot even be parsed).
 */
import type { FileReading } from '../consolidate/readInput';
import type { Grid } from '../grid/types';
import type { Lang } from '../rules/types';
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

/** The bytes of a File. @throws Error naming the file when the browser cannot read it. */
export function readBytes(file: File): Promise<Uint8Array> {
  return new Promise<Uint8Array>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(new Error(`无法读取文件“${file.name}”${reader.error ? `：${reader.error.message}` : ''}`));
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
    return { ok: false, unreadable: { file: file.name, modified: file.lastModified, reason: m, reasonEn: `Cannot read file "${file.name}"` } };
  }
  const xlsx = await loadXlsx();
  return xlsx.readFileInputs(bytes, file.name, { modified: file.lastModified, lang });
}

/** One file's grids (for validation and the cell preview), or a specific error. */
export async function readFileGrids(file: File): Promise<{ grids?: Grid[]; error?: string }> {
  try {
    const bytes = await readBytes(file);
    const xlsx = await loadXlsx();
    return { grids: await xlsx.readWorkbook(bytes) };
  } catch (err) {
    return { error: `${file.name}：${err instanceof Error ? err.message : String(err)}` };
  }
}
