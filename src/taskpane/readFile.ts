/**
 * Reading a chosen .xlsx File into Grids in the browser. ExcelJS (and src/xlsx over it) is loaded by
 * dynamic import into its own chunk, only after `canReadXlsxFiles` (never in IE11, where ExcelJS
 * cannot even be parsed).
 */
import type { Grid } from '../grid/types';
import { sha256Hex } from '../consolidate';
import { canReadXlsxFiles } from './capabilities';
import type { ReadInput } from './consolidationFlow';

type XlsxModule = typeof import('../xlsx');

let loading: Promise<XlsxModule> | null = null;

/**
 * The src/xlsx module (ExcelJS inside), loaded once.
 * @throws Error (Chinese) when this browser cannot run ExcelJS.
 */
export function loadXlsx(): Promise<XlsxModule> {
  if (!canReadXlsxFiles(window.navigator.userAgent)) {
    return Promise.reject(new Error('此浏览器（Internet Explorer 内核）无法读取 .xlsx 文件，请使用新版浏览器打开网页版，或使用命令行 nianbao。'));
  }
  if (!loading) loading = import(/* webpackChunkName: "xlsx" */ '../xlsx');
  return loading;
}

function readBytes(file: File): Promise<Uint8Array> {
  return new Promise<Uint8Array>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error || new Error(`无法读取文件“${file.name}”`));
    reader.readAsArrayBuffer(file);
  });
}

/** Read one file into Grids; a damaged or foreign file becomes a ReadInput with a specific error, never a throw. */
export async function readXlsxFile(file: File): Promise<ReadInput & { bytes?: Uint8Array }> {
  const base = { label: file.name, file: file.name, modified: file.lastModified };
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(file);
  } catch (err) {
    const m = err instanceof Error ? err.message : String(err);
    return { ...base, error: { zh: `无法读取文件“${file.name}”：${m}`, en: `Cannot read file "${file.name}": ${m}` } };
  }
  const sha256 = sha256Hex(bytes);
  try {
    const xlsx = await loadXlsx();
    const grids: Grid[] = await xlsx.readWorkbook(bytes);
    return { ...base, sha256, grids };
  } catch (err) {
    const e = err as Error & { messageEn?: string };
    const m = e && e.message ? e.message : String(err);
    return { ...base, sha256, error: { zh: `“${file.name}”：${m}`, en: `"${file.name}": ${e && e.messageEn ? e.messageEn : m}` } };
  }
}
