/** `nianbao template --format 2021|2019 --unit NAME --year YYYY -o FILE.xlsx [--force]` */
import { formatForYear, getFormat } from '../formats';
import { templateWorkbook } from '../xlsx';
import { writeWorkbookFile } from '../xlsx/node';

/**
 * Write a blank official template (format: as given, else the one due for `year`, else 2021). Never
 * overwrites an existing file unless `force`; warns when the format is not the one due for the year.
 * @returns exit code: 0 written, 2 not written (message on stderr)
 */
export async function runTemplate(opts: { format?: string; unit?: string; year?: number; output: string; force?: boolean }): Promise<number> {
  // No --format: the format due for the year (2019 for 2019–2020), else the one in force.
  const format = getFormat(opts.format ?? (opts.year !== undefined ? formatForYear(opts.year) : '2021'));
  if (opts.year !== undefined && formatForYear(opts.year) !== format.id) {
    const due = getFormat(formatForYear(opts.year));
    process.stderr.write(`注意：${opts.year} 年度的报告应使用 ${due.id} 格式（${due.source}），而不是 ${format.id} 格式。仍按 --format ${format.id} 写出。\n`);
  }
  try {
    await writeWorkbookFile(opts.output, templateWorkbook(format, { unit: opts.unit, year: opts.year }), { force: opts.force });
  } catch (err) {
    process.stderr.write(`nianbao: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  process.stdout.write(`已写出 ${format.id} 格式（${format.source}）模板：${opts.output}\n`);
  return 0;
}
