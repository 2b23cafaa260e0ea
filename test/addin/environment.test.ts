/**
 * Where the pane runs and how it speaks: Office → the workbook pane in Office's display language;
 * a plain browser → the standalone page; office.js missing or silent inside Office → a message.
 * Also the Office theme, the capability check that gates ExcelJS, and the order of findings.
 */
import { detectEnvironment, hostedByOffice, uiLanguage, type BootWindow } from '../../src/taskpane/environment';
import { paneTheme } from '../../src/taskpane/theme';
import { canReadXlsxFiles, isInternetExplorer } from '../../src/taskpane/capabilities';
import { orderGroups, formatNumber, type FindingGroup } from '../../src/taskpane/components/FindingList';
import type { Finding } from '../../src/rules/types';

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';
const EDGE = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0';
const HOSTED = '?_host_Info=Excel$Win32$16.01$en-US$$$$0';

function win(search: string, office?: unknown, stored?: string): BootWindow {
  return {
    location: { search },
    navigator: { userAgent: EDGE, language: 'zh-CN' },
    Office: office as BootWindow['Office'],
    sessionStorage: { getItem: (k: string) => (k === 'hostInfoValue' ? stored || null : null) },
  };
}

function fakeOffice(info: { host: string | null } | null, displayLanguage = 'zh-CN'): unknown {
  return {
    onReady(cb: (i: unknown) => void) {
      if (info) setTimeout(() => cb({ host: info.host, platform: 'PC' }), 1);
    },
    context: { displayLanguage, officeTheme: { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#3A3A3A', controlForegroundColor: '#FFFFFF' } },
  };
}

test('language: Chinese first, English when Office (or ?lang=en) says English', () => {
  expect(uiLanguage('zh-CN', '')).toBe('zh');
  expect(uiLanguage('en-US', '')).toBe('en');
  expect(uiLanguage('en-GB', '')).toBe('en');
  expect(uiLanguage('ja-JP', '')).toBe('zh');
  expect(uiLanguage(undefined, '')).toBe('zh');
  expect(uiLanguage('zh-CN', '?lang=en')).toBe('en');
});

test('Office opened the page when the URL or the session carries _host_Info', () => {
  expect(hostedByOffice(win(HOSTED))).toBe(true);
  expect(hostedByOffice(win('', undefined, 'Excel|Win32|16.01|zh-CN'))).toBe(true);
  expect(hostedByOffice(win('?action=template'))).toBe(false);
});

test('inside Excel: office kind, Office\'s language and theme', async () => {
  const env = await detectEnvironment(win(HOSTED, fakeOffice({ host: 'Excel' }, 'en-US')));
  expect(env).toMatchObject({ kind: 'office', host: 'Excel', language: 'en', colors: { bodyBackground: '#262626' } });
});

test('a plain browser, with or without office.js: the standalone page', async () => {
  expect(await detectEnvironment(win(''))).toEqual({ kind: 'browser', language: 'zh' });
  expect(await detectEnvironment(win('', fakeOffice({ host: null })))).toEqual({ kind: 'browser', language: 'zh' });
});

test('inside Office without office.js, or with an Office that never answers: the message, in the host\'s language', async () => {
  expect(await detectEnvironment(win(HOSTED))).toEqual({ kind: 'office-missing', language: 'en' });
  const silent = await detectEnvironment(win('?_host_Info=Excel$Win32$16.01$zh-CN$$$$0', fakeOffice(null)), 20);
  expect(silent).toEqual({ kind: 'office-failed', language: 'zh', reason: 'Office.onReady timeout' });
});

test('the pane follows a dark Office theme', () => {
  const t = paneTheme({ bodyBackground: '#262626', bodyForeground: '#FFFFFF', controlBackground: '#3A3A3A', controlForeground: '#FFFFFF' });
  expect(t.isInverted).toBe(true);
  expect(t.semanticColors.bodyBackground).toBe('#262626');
  expect(t.semanticColors.bodyText).toBe('#FFFFFF');
  const light = paneTheme({ bodyBackground: '#FFFFFF', bodyForeground: '#262626', controlBackground: '#FFFFFF', controlForeground: '#262626' });
  expect(light.isInverted).toBe(false);
  expect(light.palette.themePrimary).toBe('#217346');
});

test('ExcelJS is never loaded in IE11', () => {
  expect(isInternetExplorer(IE11)).toBe(true);
  expect(canReadXlsxFiles(IE11)).toBe(false);
  expect(isInternetExplorer(EDGE)).toBe(false);
});

test('findings: groups with errors first, each group errors first; numbers without float noise', () => {
  const f = (severity: 'error' | 'warning', rule: string): Finding => ({ rule, severity, table: 't3_applications', cells: [], message: rule });
  const groups: FindingGroup[] = [
    { key: 'a', reportIndex: 0, format: '2021', table: 't2_art20_8', source: 'S', findings: [f('warning', 'w1')] },
    { key: 'b', reportIndex: 0, format: '2021', table: 't3_applications', source: 'S', findings: [f('warning', 'w2'), f('error', 'e1'), f('error', 'e2')] },
  ];
  const ordered = orderGroups(groups);
  expect(ordered.map((g) => g.key)).toEqual(['b', 'a']);
  expect(ordered[0].findings.map((x) => x.rule)).toEqual(['e1', 'e2', 'w2']);
  expect(formatNumber(0.1 + 0.2)).toBe('0.3');
  expect(formatNumber(8, true)).toBe('+8');
  expect(formatNumber(-8, true)).toBe('-8');
  expect(formatNumber(undefined)).toBe('—');
});
