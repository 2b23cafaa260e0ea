/** `nianbao template --format 2021|2019 --unit NAME --year YYYY -o FILE.xlsx [--force]` */
import { getFormat } from '../formats';
import { templateWorkbook } from '../xlsx';
import { writeWorkbookFile } from '../xlsx/node';

/**
 * Write a blank official template. Never overwrites an existing file unless `force`.
 * @returns exit code: 0 written, 2 not written (message on stderr)
 */
export async function runTemplate(opts: { format: string; unit?: string; year?: number; output: string; force?: boolean }): Promise<number> {
  const format = getFormat(opts.format);
  try {
    await writeWorkbookFile(opts.output, templateWorkbook(format, { unit: opts.unit, year: opts.year }), { force: opts.force });
  } catch (err) {
    process.stderr.write(`nianbao: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  process.stdout.write(`已写出 ${format.id} 格式（${format.source}）模板：${opts.output}\n`);
  return 0;
}
