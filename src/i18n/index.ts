/**
 * Messages in Chinese (default) and English through one i18next instance of our own: resources are
 * inline, there is no backend and no network, and initialisation is synchronous so `t` works at once.
 */
import i18next from 'i18next';
import type { Lang } from '../rules/types';
import { en } from './en';
import { zh } from './zh';
import type { MessageKey } from './zh';

export type { MessageKey };
export { zh, en };

/** Values interpolated into a message (numbers are printed as they are). */
export type MessageParams = Readonly<Record<string, string | number>>;

const instance = i18next.createInstance();
void instance.init({
  lng: 'zh',
  fallbackLng: 'zh',
  resources: { zh: { translation: zh }, en: { translation: en } },
  initImmediate: false,
  // Keys are flat ('rules.row-total'); a '.' or ':' in a key is part of its name.
  keySeparator: false,
  nsSeparator: false,
  // Output is plain text (console, JSON, React escapes on its own): no HTML escaping.
  interpolation: { escapeValue: false },
});

/**
 * The message `key` in `lang` with `{{name}}` placeholders filled from `params`.
 * Interpolated values are inserted once and never re-read as templates, so text copied from a
 * user's cell cannot inject placeholders.
 */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return instance.t(key, { ...params, lng: lang }) as string;
}
