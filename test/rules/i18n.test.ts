/** The message catalogs: both languages complete, same placeholders, plain-text interpolation. */
import { en, t, zh } from '../../src/i18n';
import type { MessageKey } from '../../src/i18n';

const keys = Object.keys(zh) as MessageKey[];
const placeholders = (s: string): string[] => (s.match(/\{\{\w+\}\}/g) || []).sort();

describe('message catalogs', () => {
  test('English has exactly the Chinese keys', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
  });

  test.each(keys.map((k) => [k]))('%s: same placeholders in both languages', (key) => {
    expect(placeholders(en[key])).toEqual(placeholders(zh[key]));
  });

  test('t fills placeholders, in the language asked for', () => {
    expect(t('zh', 'rules.suggestion.fill', { cell: '（七）总计 / 自然人', to: 2932 })).toBe('建议：在 （七）总计 / 自然人 填写 2932。');
    expect(t('en', 'rules.suggestion.fill', { cell: '（七）总计 / 自然人', to: 2932 })).toBe('Suggestion: enter 2932 in （七）总计 / 自然人.');
  });

  test('text from a cell is inserted as is: no HTML escaping, never read as a placeholder or a nested key', () => {
    const text = '<b>{{cell}}</b> $t(cell.blank) & "x"';
    expect(t('zh', 'values.value-text', { cell: 'A1', text })).toBe(
      `A1：“${text}”不是数字，无法读取。请填写数字；没有发生的事项请填 0。`,
    );
  });
});
