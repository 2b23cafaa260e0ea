/** Turns a workbook's validation into the pane's groups: one per (report, table) that has findings. */
import type { WorkbookValidation } from '../workflow/types';
import type { FindingGroup } from './components/FindingList';

/**
 * One group per table with findings, in the order validation reported them.
 * @param sourceOf names where a report came from (its sheet by default; the file name on files).
 */
export function groupFindings(validation: WorkbookValidation, sourceOf?: (reportIndex: number) => string): FindingGroup[] {
  const groups: FindingGroup[] = [];
  validation.reports.forEach((vr, ri) => {
    const byTable: { [table: string]: FindingGroup } = {};
    const order: string[] = [];
    for (const f of vr.findings) {
      let g = byTable[f.table];
      if (!g) {
        const located = vr.report.tables.filter((t) => t.table === f.table)[0];
        const source = sourceOf ? sourceOf(ri) : located ? located.sheet : vr.report.sheets.join('、');
        g = { key: `${ri}/${f.table}`, reportIndex: ri, format: vr.report.format, table: f.table, source, findings: [] };
        byTable[f.table] = g;
        order.push(f.table);
      }
      (g.findings as unknown as Array<typeof f>).push(f);
    }
    for (const t of order) groups.push(byTable[t]);
  });
  return groups;
}

/** Errors and warnings over every report. */
export function countFindings(validation: WorkbookValidation): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const r of validation.reports) {
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else warnings++;
    }
  }
  return { errors, warnings };
}
