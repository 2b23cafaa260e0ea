/**
 * Writes a departmental demo set (../demoSet.ts) as .xlsx files: the demo's 淮安 2024 departments and
 * the benchmark's generated folders. Node-only.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { workbookBytes } from '../../xlsx';
import { departmentWorkbook } from '../demoSet';
import type { DepartmentReport } from '../demoSet';

/**
 * Writes one workbook per department into `dir` (created if needed), named `DepartmentReport.file`.
 * Existing files of the same names are replaced: the folder is the demo's own output.
 * @returns the paths written, in set order.
 */
export async function writeDepartmentFiles(dir: string, set: readonly DepartmentReport[]): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  const out: string[] = [];
  for (const d of set) {
    const file = path.join(dir, d.file);
    await fs.writeFile(file, await workbookBytes(departmentWorkbook(d)));
    out.push(file);
  }
  return out;
}
