/// <reference types="office-js" />
/**
 * Where the page runs: inside Office (with the host's language, theme and API sets), in a plain
 * browser (standalone mode on files), or inside Office with office.js missing or failing — the
 * intranet that cannot reach Microsoft's CDN (office-js issue 100), or a broken CDN release
 * (office-js issue 4181). The last two get a clear Chinese message instead of a blank pane.
 */

export type UiLanguage = 'zh' | 'en';

/** The Office theme colours (Office.context.officeTheme), '#RRGGBB'. */
export interface OfficeColors {
  readonly bodyBackground: string;
  readonly bodyForeground: string;
  readonly controlBackground: string;
  readonly controlForeground: string;
}

export type Environment =
  | { readonly kind: 'office'; readonly host: string; readonly platform: string; readonly language: UiLanguage; readonly colors?: OfficeColors }
  | { readonly kind: 'browser'; readonly language: UiLanguage }
  | { readonly kind: 'office-missing'; readonly language: UiLanguage }
  | { readonly kind: 'office-failed'; readonly language: UiLanguage; readonly reason: string };

/** The few window members the detection reads (a plain `window` satisfies it; tests pass fakes). */
export interface BootWindow {
  readonly location: { readonly search: string };
  readonly navigator: { readonly language?: string; readonly userAgent: string };
  readonly Office?: typeof Office;
  readonly sessionStorage?: { getItem(key: string): string | null };
}

/** 'en' when an Office display language (e.g. en-US) or the ?lang=en parameter says English; Chinese otherwise. */
export function uiLanguage(displayLanguage: string | undefined, search: string): UiLanguage {
  const forced = /[?&]lang=(zh|en)/i.exec(search);
  if (forced) return forced[1].toLowerCase() as UiLanguage;
  return displayLanguage && /^en\b/i.test(displayLanguage) ? 'en' : 'zh';
}

/**
 * True when Office opened this page: Office appends `_host_Info=Excel$Win32$16.01$zh-CN…` to the
 * task pane URL (and office.js keeps it in sessionStorage for reloads).
 */
export function hostedByOffice(win: BootWindow): boolean {
  if (/[?&]_host_Info=/i.test(win.location.search)) return true;
  try {
    const kept = win.sessionStorage ? win.sessionStorage.getItem('hostInfoValue') : null;
    return !!kept;
  } catch {
    return false; // storage blocked: no evidence either way
  }
}

/** The language the page has before Office answers (from the host info or ?lang=). */
function earlyLanguage(win: BootWindow): UiLanguage {
  const hostInfo = /[?&]_host_Info=[^&]*\$([a-z]{2}-[A-Za-z]{2})/i.exec(win.location.search);
  return uiLanguage(hostInfo ? hostInfo[1] : undefined, win.location.search);
}

function officeColors(office: typeof Office): OfficeColors | undefined {
  const theme = office.context && (office.context as { officeTheme?: Office.OfficeTheme }).officeTheme;
  if (!theme || !theme.bodyBackgroundColor) return undefined;
  return {
    bodyBackground: theme.bodyBackgroundColor,
    bodyForeground: theme.bodyForegroundColor,
    controlBackground: theme.controlBackgroundColor,
    controlForeground: theme.controlForegroundColor,
  };
}

/**
 * Waits for office.js and tells where the page runs.
 * Never rejects: a missing or silent office.js becomes `office-missing` / `office-failed` when the
 * page was opened by Office, and `browser` (standalone mode) otherwise.
 * @param timeoutMs how long to wait for Office.onReady (IE11 on a slow intranet needs several seconds).
 */
export function detectEnvironment(win: BootWindow, timeoutMs = 15000): Promise<Environment> {
  const hosted = hostedByOffice(win);
  const language = earlyLanguage(win);
  const office = win.Office;
  if (!office || typeof office.onReady !== 'function') {
    return Promise.resolve<Environment>(hosted ? { kind: 'office-missing', language } : { kind: 'browser', language });
  }
  return new Promise<Environment>((resolve) => {
    let settled = false;
    const finish = (env: Environment): void => {
      if (!settled) {
        settled = true;
        resolve(env);
      }
    };
    const timer = setTimeout(() => {
      finish(hosted ? { kind: 'office-failed', language, reason: 'Office.onReady timeout' } : { kind: 'browser', language });
    }, timeoutMs);
    try {
      office.onReady((info) => {
        clearTimeout(timer);
        if (!info || !info.host) {
          finish(hosted ? { kind: 'office-failed', language, reason: 'no host' } : { kind: 'browser', language });
          return;
        }
        const display = office.context ? office.context.displayLanguage : undefined;
        finish({
          kind: 'office',
          host: String(info.host),
          platform: String(info.platform),
          language: uiLanguage(display, win.location.search),
          colors: officeColors(office),
        });
      });
    } catch (err) {
      clearTimeout(timer);
      finish({ kind: 'office-failed', language, reason: err instanceof Error ? err.message : String(err) });
    }
  });
}
