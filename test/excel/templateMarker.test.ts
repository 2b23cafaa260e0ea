/**
 * The template's hidden marker inside Excel: the host never sets Grid.marker (only the .xlsx reader
 * does), so recognition reads the marker from the grid's cells itself — a template written by the
 * Office.js host and read back by it is known as ours: its format, unit and year come from the marker
 * even when the title and 填报单位 line have been cleared.
 */
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));

import { MARKER_PREFIX } from '../../src/layout';
import { EXCEL_API_1_1, EXCEL_API_FULL, type ApiSupport } from '../../src/excel/apiSupport';
import { filledTemplate, validateWith } from './workbooks';

const APIS: Array<[string, ApiSupport]> = [
  ['ExcelApi 1.1', EXCEL_API_1_1],
  ['full API', EXCEL_API_FULL],
];

describe.each(APIS)('%s', (_name, api) => {
  test('a template inserted by the host carries its marker in the hidden column, read back in the one read', async () => {
    const { wb, host, layout, sheet } = await filledTemplate(api);
    // The marker cell is where the layout put it, in the hidden column, as written through Office.js.
    expect(sheet.peek(`${String.fromCharCode(65 + layout.marker.col)}${layout.marker.row + 1}`).value).toBe(layout.marker.text);
    expect(layout.marker.text.indexOf(MARKER_PREFIX)).toBe(0);
    const out = await validateWith(host);
    expect(wb.syncs).toBe(1);
    expect(out.result.reports.length).toBe(1);
    const report = out.result.reports[0].report;
    expect(report.format).toBe('2021');
    expect([report.unit, report.year]).toEqual(['淮安市', 2024]);
    expect(out.result.reports[0].findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('with the title and 填报单位 cleared, the unit and year still come from the marker', async () => {
    const { host, layout, sheet } = await filledTemplate(api);
    let cleared = 0;
    sheet.cells.forEach((c) => {
      if (typeof c.value === 'string' && c.value !== layout.marker.text && (c.value.indexOf('淮安市') >= 0 || c.value.indexOf('2024') >= 0)) {
        c.value = null;
        cleared++;
      }
    });
    expect(cleared).toBeGreaterThan(0);
    const out = await validateWith(host);
    const report = out.result.reports[0].report;
    expect(report.unit).toBe('淮安市');
    expect(report.year).toBe(2024);
    expect(out.result.reports[0].findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
