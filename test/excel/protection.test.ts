/**
 * Validation marks on protected sheets (protection is ExcelApi 1.2):
 * - the user's own protection options come back exactly as they were (never ours);
 * - a sheet whose options allow formatting cells is marked without lifting its protection;
 * - a password-protected sheet cannot be lifted: the findings come back complete, unmarked, and the
 *   pane says so (工作表受密码保护，未能标出单元格；问题清单如下) — nothing marked, nothing recorded,
 *   every sheet as protected as before, still 2 syncs;
 * - 清除标记 on a sheet protected with a password since says what to do, and keeps the marks recorded;
 * - on ExcelApi 1.1 no protection call is made at all.
 */
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));

import { EXCEL_API_1_1, EXCEL_API_FULL } from '../../src/excel/apiSupport';
import { ExcelHost } from '../../src/excel/host';
import { excelWorkspace } from '../../src/excel/workspace';
import { MARKS_SETTING } from '../../src/excel/markStore';
import { strings } from '../../src/taskpane/strings';
import { summaryParams } from '../../src/taskpane/components/SummaryDialog';
import { FakeWorkbook, filledCells, type ProtectionOptions } from './fakeExcel';
import { allFindings, seedSheets, validateWith } from './workbooks';

/** What a 综合科 clerk ticks in Review → Protect Sheet: rows may be inserted and sorted, nothing formatted. */
const USER_OPTIONS: ProtectionOptions = { allowInsertRows: true, allowSort: true, allowAutoFilter: true, allowFormatColumns: false, allowFormatRows: false };

/** The seed on one sheet (active), after a 说明 sheet; the host has listed the sheets. */
async function seed(api = EXCEL_API_FULL): Promise<{ wb: FakeWorkbook; host: ExcelHost; name: string }> {
  const wb = new FakeWorkbook();
  wb.addSheet('说明', [['本工作簿：海东市 2019 年报']]);
  const [s] = seedSheets();
  wb.addSheet(s.name, s.rows);
  wb.active = 1;
  const host = new ExcelHost(wb.run, api, wb.settings());
  await host.listSheets();
  wb.syncs = 0;
  return { wb, host, name: s.name };
}

/** The options as Excel reports them back: every option, false unless set. */
function reported(options: ProtectionOptions): ProtectionOptions {
  const out: ProtectionOptions = {};
  for (const k of Object.keys(options)) if (options[k] !== undefined) out[k] = options[k];
  return out;
}

test('the user\'s own protection options are put back as they were, not replaced by ours', async () => {
  const { wb, host, name } = await seed();
  const sheet = wb.sheet(name);
  sheet.protect(USER_OPTIONS);
  const out = await validateWith(host);
  expect(wb.syncs).toBe(2);
  expect(out.marks.marked).toBe(3);
  expect(out.marks.notMade).toBeUndefined();
  expect(filledCells(sheet).length).toBe(3);
  expect(sheet.protected).toBe(true);
  expect(sheet.protectionOptions).toEqual(reported({ ...USER_OPTIONS, allowFormatCells: false, allowDeleteColumns: false, allowDeleteRows: false, allowInsertColumns: false, allowInsertHyperlinks: false, allowPivotTables: false, allowEditObjects: false, allowEditScenarios: false }));
  expect(sheet.protectionOptions.allowFormatColumns).toBe(false);
  // 清除标记 does the same.
  wb.syncs = 0;
  expect(await host.clearMarks()).toBe(3);
  expect(wb.syncs).toBe(2);
  expect(filledCells(sheet)).toEqual([]);
  expect([sheet.protected, sheet.protectionOptions.allowFormatColumns, sheet.protectionOptions.allowSort]).toEqual([true, false, true]);
});

test('a sheet whose protection allows formatting cells is marked without lifting it', async () => {
  const { wb, host, name } = await seed();
  const sheet = wb.sheet(name);
  sheet.protect({ allowFormatCells: true }, 'secret');
  const out = await validateWith(host);
  expect(out.marks.marked).toBe(3);
  expect(filledCells(sheet).length).toBe(3);
  // Never lifted: the password (which the add-in does not know) is still there.
  expect([sheet.protected, sheet.password]).toEqual([true, 'secret']);
  expect(await host.clearMarks()).toBe(3);
  expect(filledCells(sheet)).toEqual([]);
  expect([sheet.protected, sheet.password]).toEqual([true, 'secret']);
});

test('a password-protected sheet: the findings come back complete and unmarked, the pane says so — 2 syncs', async () => {
  const { wb, host, name } = await seed();
  const sheet = wb.sheet(name);
  sheet.protect(USER_OPTIONS, 'secret');
  const ws = excelWorkspace(host, 'zh', false);
  const run = await ws.validate();
  expect(wb.syncs).toBe(2);
  const errors = allFindings(run.validation).filter((f) => f.severity === 'error');
  expect(errors.length).toBe(2);
  expect(errors.map((f) => f.suggestion && f.suggestion.value).filter((v) => v)).toEqual([222, 222]);
  expect(run.markedCells).toBe(0);
  expect(run.marksNotMade).toEqual({ reason: 'protected', sheets: [name], detail: expect.stringMatching(/password/) });
  // Nothing marked, nothing recorded, the protection untouched.
  expect(filledCells(sheet)).toEqual([]);
  expect(wb.settingsStore.has(MARKS_SETTING)).toBe(false);
  expect([sheet.protected, sheet.password, sheet.protectionOptions.allowSort]).toEqual([true, 'secret', true]);
  // What the pane shows, and what the ribbon's dialog shows.
  const s = strings('zh');
  expect(s.marksProtected(run.marksNotMade ? run.marksNotMade.sheets : [])).toContain('工作表受密码保护，未能标出单元格；问题清单如下');
  // The function file registers itself with Office on load: give it the little it touches.
  const g = global as unknown as { Office?: unknown; window?: unknown };
  g.Office = { onReady: () => Promise.resolve() };
  g.window = g.window || {};
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { summaryQuery } = require('../../src/commands/commands') as typeof import('../../src/commands/commands');
  const query = summaryQuery(run);
  expect(summaryParams(`?${query}`)).toMatchObject({ errors: 2, marked: 0, unmarked: 'protected' });
});

test('two protected sheets, the second with a password: the first is protected again with its options, nothing marked', async () => {
  const wb = new FakeWorkbook();
  for (const s of seedSheets({ sheetPerSection: true })) wb.addSheet(s.name, s.rows);
  wb.active = 1;
  // A 表四 typing error so that both 依申请公开 and 复议诉讼 need marks.
  const review = wb.sheet('复议诉讼');
  const figure = Array.from(review.cells.entries()).filter(([, c]) => typeof c.value === 'number')[0];
  const [r, c] = figure[0].split(',').map(Number);
  review.cell(r, c).value = (review.cell(r, c).value as number) + 5;
  wb.sheet('依申请公开').protect(USER_OPTIONS);
  review.protect({ allowSort: true }, 'secret');
  const host = new ExcelHost(wb.run, EXCEL_API_FULL, wb.settings());
  await host.listSheets();
  wb.syncs = 0;
  const out = await validateWith(host);
  expect(out.marks.notMade && out.marks.notMade.reason).toBe('protected');
  expect(out.marks.notMade && out.marks.notMade.sheets).toEqual(['依申请公开', '复议诉讼']);
  expect(allFindings(out.result).filter((f) => f.severity === 'error').length).toBeGreaterThan(2);
  for (const s of wb.sheets) expect([s.name, filledCells(s)]).toEqual([s.name, []]);
  const applications = wb.sheet('依申请公开');
  expect([applications.protected, applications.password, applications.protectionOptions.allowSort, applications.protectionOptions.allowFormatColumns]).toEqual([true, null, true, false]);
  expect([review.protected, review.password]).toEqual([true, 'secret']);
  // 2 syncs, and 2 more only on this failure path to put the first sheet's protection back.
  expect(wb.syncs).toBe(4);
});

test('清除标记 on a sheet protected with a password since: a message saying what to do; the marks stay recorded', async () => {
  const { wb, host, name } = await seed();
  await validateWith(host);
  const sheet = wb.sheet(name);
  sheet.protect({}, 'secret');
  const refused = await host.clearMarks().then(
    () => '',
    (e: Error) => e.message,
  );
  expect(refused).toContain(`工作表受密码保护，未能清除标记（“${name}”）`);
  expect(refused).toContain('撤销工作表保护');
  expect(filledCells(sheet).length).toBe(3);
  expect((wb.settingsStore.get(MARKS_SETTING) as { sheets: unknown[] }).sheets.length).toBe(1);
  sheet.protected = false;
  sheet.password = null;
  expect(await host.clearMarks()).toBe(3);
  expect(filledCells(sheet)).toEqual([]);
});

test('ExcelApi 1.1: no protection is read or touched (a protected sheet is marked as Excel allows)', async () => {
  const { wb, host, name } = await seed(EXCEL_API_1_1);
  const sheet = wb.sheet(name);
  sheet.protect({ allowFormatCells: true }, 'secret');
  const out = await validateWith(host);
  expect(wb.syncs).toBe(2);
  expect(out.marks.marked).toBe(3);
  expect([sheet.protected, sheet.password]).toEqual([true, 'secret']);
});

test('ExcelApi 1.1 on a sheet protected against formatting: Excel refuses the marks, the findings come back all the same', async () => {
  const { wb, host, name } = await seed(EXCEL_API_1_1);
  const sheet = wb.sheet(name);
  sheet.protect(USER_OPTIONS);
  const ws = excelWorkspace(host, 'zh', false);
  const run = await ws.validate();
  expect(wb.syncs).toBe(2);
  expect(allFindings(run.validation).filter((f) => f.severity === 'error').length).toBe(2);
  expect(run.marksNotMade && run.marksNotMade.reason).toBe('failed');
  expect(strings('zh').marksFailed(run.marksNotMade ? run.marksNotMade.detail : '')).toContain('未能标出单元格；问题清单如下');
  expect(filledCells(sheet)).toEqual([]);
  expect(wb.settingsStore.has(MARKS_SETTING)).toBe(false);
});
