/**
 * The test double served in place of office.js in the end-to-end test: `Office` and `Excel` over an
 * in-memory workbook (the same FakeWorkbook of office-addin-mock objects as the unit tests), bundled
 * for the browser by test/e2e/harness.ts. The test reads and changes the workbook through
 * `window.__workbook`; `window.__excelApi` ('1.1' or 'full', set before the page loads) decides which
 * requirement sets the double reports.
 */
import { FakeWorkbook } from '../excel/fakeExcel';

interface DoubleWindow {
  __workbook: FakeWorkbook;
  __excelApi?: '1.1' | 'full';
  __dialogs: string[];
  Office: unknown;
  Excel: unknown;
}

const w = window as unknown as DoubleWindow;
const wb = new FakeWorkbook();
wb.addSheet('Sheet1');
w.__workbook = wb;
w.__dialogs = [];

const full = w.__excelApi !== '1.1';
const info = { host: 'Excel', platform: 'PC' };

w.Office = {
  HostType: { Excel: 'Excel' },
  PlatformType: { PC: 'PC' },
  EventType: { DialogMessageReceived: 'dialogMessageReceived' },
  onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
    setTimeout(() => callback && callback(info), 10);
    return Promise.resolve(info);
  },
  context: {
    displayLanguage: 'zh-CN',
    officeTheme: { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#262626', controlBackgroundColor: '#FFFFFF', controlForegroundColor: '#262626' },
    requirements: {
      isSetSupported(name: string, version?: string): boolean {
        if (name === 'DialogApi') return true;
        if (name !== 'ExcelApi') return false;
        const minor = Number(String(version || '1.1').split('.')[1]);
        return full ? minor <= 17 : minor <= 1;
      },
    },
    document: { settings: wb.settings() },
    ui: {
      displayDialogAsync(url: string, _options: unknown, callback: (r: unknown) => void): void {
        w.__dialogs.push(url);
        callback({ status: 'succeeded', value: { addEventHandler: () => undefined, close: () => undefined } });
      },
      messageParent: () => undefined,
    },
  },
  actions: { associate: () => undefined },
};
w.Excel = { run: wb.run };
