/** The one home of cell-text rules (src/grid/cellText): cleaning, quoting, formula-like text, full width. */
import { cleanText, looksLikeFormula, MAX_QUOTED_TEXT, quoteCellText, toHalfWidth } from '../../src/grid/cellText';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

describe('cleanText', () => {
  test('control characters (C0, DEL, C1) and whitespace runs become one space; ends trimmed', () => {
    expect(cleanText('市\u0000公安局\u0007 ', 200)).toBe('市 公安局');
    expect(cleanText('\u001b]0;pwned\u0007\u001b[2J文件局', 200)).toBe(']0;pwned [2J文件局');
    expect(cleanText('市\u0085信访\u009b31m局', 200)).toBe('市 信访 31m局');
    expect(cleanText(' 淮安市\u3000\t\r\n 审计局\u007f', 200)).toBe('淮安市 审计局');
    expect(cleanText('\u0000\t ', 200)).toBe('');
  });

  test("controls 'remove': a line break inside a Chinese name joins it; spaces still collapse", () => {
    expect(cleanText(' 淮安市\n人民政府\t', 100, 'remove')).toBe('淮安市人民政府');
    expect(cleanText('淮安市  人民\u0085政府\u3000 ', 100, 'remove')).toBe('淮安市 人民政府');
  });

  test('bounded: at most maxLength characters, … included; never cut inside a surrogate pair', () => {
    expect(cleanText('局'.repeat(500), 200)).toBe(`${'局'.repeat(199)}…`);
    expect(cleanText('局'.repeat(200), 200)).toBe('局'.repeat(200));
    // 𠀀 (U+20000, a CJK Extension B character) is two UTF-16 units: a pair at the cut is dropped whole.
    const ext = `${'a'.repeat(8)}\ud840\udc00${'b'.repeat(10)}`;
    expect(cleanText(ext, 10)).toBe(`${'a'.repeat(8)}…`);
    expect(cleanText(ext, 11)).toBe(`${'a'.repeat(8)}\ud840\udc00…`);
    expect(cleanText('abc', 1)).toBe('…');
  });

  test('formula-like text is kept as typed (writers store it as text)', () => {
    expect(cleanText('\t=1+1', 200)).toBe('=1+1');
  });
});

describe('quoteCellText', () => {
  test('40 characters and …, one line, no control character (a 20,000-character cell with CR and CSI)', () => {
    const quoted = quoteCellText('说明\r\u009b2J'.repeat(2000));
    expect(quoted).toBe(`${'说明 2J'.repeat(8)}…`);
    expect(quoted.length).toBe(MAX_QUOTED_TEXT);
    expect(CONTROL.test(quoted)).toBe(false);
    expect(quoteCellText('  abc  ')).toBe('abc');
  });
});

describe('looksLikeFormula', () => {
  test('=, +, - or @ first, after leading whitespace', () => {
    expect(['=HYPERLINK("http://x","点我")', '+86 电话', '@SUM(A1)', '-1', '\t=1+1', ' @x'].map(looksLikeFormula)).toEqual(new Array(6).fill(true));
    expect(['市公安局', '（一）予以公开', '', '＝2+2'].map(looksLikeFormula)).toEqual([false, false, false, false]);
  });
});

describe('toHalfWidth', () => {
  test('the full-width ASCII block and the ideographic space; nothing else, length kept', () => {
    expect(toHalfWidth('（一）：１２３，ＡＢｃ／＝')).toBe('(一):123,ABc/=');
    expect(toHalfWidth('淮安市\u3000公安局')).toBe('淮安市 公安局');
    expect(toHalfWidth('—、。“”\u00a0')).toBe('—、。“”\u00a0');
  });
});
