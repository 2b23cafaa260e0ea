/**
 * Workbooks the src/excel tests share: the seed (海东 2019, its real 表三 error) typed by hand on one
 * sheet or over three, and the 淮安 2024 template inserted by the host and filled with the published
 * figures. Each comes with an ExcelHost over the fake and a validation helper that runs the core.
 */
import * as fs from 'fs';
import * as path from 'path';
import { getFormat } from '../../src/formats';
import { buildLayout } from '../../src/layout';
import type { SheetLayout } from '../../src/layout/types';
import { parseExample, type ExampleJson } from '../../src/examples/load';
import { handmadeSheets, type HandmadeStyle } from '../../src/examples/handmade';
import { publishedReportFigures, type PublishedReport, type PublishedReportJson } from '../../src/examples/published';
import { validateGrids } from '../../src/workflow/validate';
import type { WorkbookValidation } from '../../src/workflow/types';
import type { ApiSupport } from '../../src/excel/apiSupport';
import { ExcelHost } from '../../src/excel/host';
import type { Finding } from '../../src/rules/types';
import { FakeWorkbook, type FakeSheet } from './fakeExcel';

const ROOT = path.resolve(__dirname, '..', '..');

export const haidong = parseExample(JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/haidong-2019.json'), 'utf8')) as ExampleJson, '海东市');
export const huaian: PublishedReport = publishedReportFigures(JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/huaian-2024.json'), 'utf8')) as PublishedReportJson);

/** The seed's tables typed by a clerk: on one sheet, or one sheet per section (主动公开 / 依申请公开 / 复议诉讼). */
export function seedSheets(style: HandmadeStyle = {}): Array<{ name: string; rows: Array<Array<string | number | null>> }> {
  return handmadeSheets(getFormat('2019'), haidong.cells, { unit: '海东市', year: 2019 }, style).map((s) => ({ name: s.name, rows: s.rows as Array<Array<string | number | null>> }));
}

/** Every finding of every report. */
export function allFindings(v: WorkbookValidation): Finding[] {
  const out: Finding[] = [];
  for (const r of v.reports) for (const f of r.findings) out.push(f);
  return out;
}

/** Validate the visible sheets through `host` with the core, as the pane does. */
export function validateWith(host: ExcelHost) {
  return host.validateWorkbook((grids) => {
    const v = validateGrids(grids, { lang: 'zh' });
    return { result: v, findings: allFindings(v) };
  });
}

/** The local part of a sheet-qualified address (表三!H29 → H29). */
export function local(address: string | undefined): string {
  const a = address || '';
  return a.slice(a.lastIndexOf('!') + 1);
}

/**
 * The 2021 template inserted by the host (so it carries what Office.js wrote: values, marker, protection
 * where the API has it), filled with the published 淮安 figures.
 */
export async function filledTemplate(api: ApiSupport): Promise<{ wb: FakeWorkbook; host: ExcelHost; layout: SheetLayout; sheet: FakeSheet }> {
  const wb = new FakeWorkbook();
  wb.addSheet('Sheet1');
  const host = new ExcelHost(wb.run, api, wb.settings());
  const layout = buildLayout(getFormat('2021'), { unit: '淮安市', year: 2024 });
  const name = await host.insertTemplate(layout);
  const sheet = wb.sheet(name);
  for (const input of layout.inputs) {
    const reading = huaian.figures.cells[input.key];
    if (reading && reading.value !== null) sheet.cell(input.row, input.col).value = reading.value;
  }
  wb.syncs = 0;
  return { wb, host, layout, sheet };
}
