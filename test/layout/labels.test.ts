/**
 * Every official label of the format appears in the template exactly where the layout puts it,
 * and the template prints no table text that is not official (or the template's own title lines).
 */
import { dataColumns, dataRows, FORMATS } from '../../src/formats';
import type { FormatDef, TableDef } from '../../src/formats';
import { buildLayout, FIELD_LABELS, subtitleText, titleText } from '../../src/layout';
import type { SheetLayout } from '../../src/layout';
import { a1 } from '../../src/grid';
import { placement } from './layoutQueries';

function officialTexts(format: FormatDef): Set<string> {
  const out = new Set<string>(format.sectionHeadings);
  for (const t of format.tables) {
    // 表二 prints its captions (第二十条第（X）项); 表三 and 表四 are named by their section heading.
    if (t.section === format.sectionHeadings[1]) out.add(t.title);
    if (t.balance) out.add(t.balance.note);
    for (const c of t.columns) out.add(c.label);
    for (const r of t.rows) if (r.label !== '') out.add(r.label);
  }
  return out;
}

function textAt(layout: SheetLayout, row: number, col: number): string | number | null | undefined {
  const cell = layout.cells.filter((c) => c.row === row && c.col === col)[0];
  return cell ? cell.value : undefined;
}

describe.each(FORMATS.map((f) => [f.id, f] as const))('format %s', (_id, format) => {
  const layout = buildLayout(format, { unit: '示例单位', year: 2024 });

  test('each 表三 row label sits in its row, in the column of its level; each figure row holds its inputs', () => {
    const t3 = format.tables.filter((t) => t.id === 't3_applications')[0] as TableDef;
    const p = placement(layout, 't3_applications');
    const levelColumn = (code: string): number => {
      let depth = 0;
      let parent = t3.rows.filter((r) => r.code === code)[0].parent;
      while (parent) {
        depth++;
        parent = t3.rows.filter((r) => r.code === parent)[0].parent;
      }
      return [0, 1, 3][depth];
    };
    dataRows(t3).forEach((row, i) => {
      const r = p.top + p.headerRows + i;
      expect([a1(r, levelColumn(row.code)), textAt(layout, r, levelColumn(row.code))]).toEqual([a1(r, levelColumn(row.code)), row.label]);
      dataColumns(t3).forEach((col, j) => {
        const input = layout.inputs.filter((x) => x.row === r && x.col === 8 + j)[0];
        expect(input && input.ref).toEqual({ table: t3.id, row: row.code, column: col.code });
      });
    });
  });

  test('表二 rows: the label in A, the figures right of it, in the official column order', () => {
    for (const t of format.tables.filter((x) => x.section === format.sectionHeadings[1])) {
      const p = placement(layout, t.id);
      expect(textAt(layout, p.top, 0)).toBe(t.title);
      dataRows(t).forEach((row, i) => {
        const r = p.top + 2 + i;
        expect(textAt(layout, r, 0)).toBe(row.label);
        const inputs = layout.inputs.filter((x) => x.row === r).sort((a, b) => a.col - b.col);
        expect(inputs.map((x) => x.ref.column)).toEqual(dataColumns(t).map((c) => c.code));
        expect(inputs[0].col).toBe(3);
      });
    }
  });

  test('section headings 二、三、四 are verbatim, each on the row just above its tables', () => {
    expect(layout.sections.map((s) => s.heading)).toEqual(format.sectionHeadings.slice(1, 4));
    for (const s of layout.sections) {
      const first = layout.tables.filter((t) => format.tables.filter((x) => x.id === t.table)[0].section === s.heading)[0];
      expect(first.top).toBe(s.row + 1);
      expect(textAt(layout, s.row, 0)).toBe(s.heading);
    }
  });

  test('every official label of the tables appears; no other text inside the tables', () => {
    const official = officialTexts(format);
    const shown = new Set(layout.cells.map((c) => c.value).filter((v): v is string => typeof v === 'string'));
    for (const label of official) {
      if (label === format.sectionHeadings[0] || format.sectionHeadings.indexOf(label) > 3) continue; // 一、五、六 have no tables
      expect(shown.has(label) ? label : `missing: ${label}`).toBe(label);
    }
    const own = new Set<string>([titleText('示例单位', 2024), subtitleText(format), layout.marker.text, '示例单位']);
    for (const k of Object.keys(FIELD_LABELS)) own.add(FIELD_LABELS[k as keyof typeof FIELD_LABELS]);
    for (const v of shown) expect(official.has(v) || own.has(v) ? v : `unexpected: ${v}`).toBe(v);
  });

  test('title, format line and 填报 line', () => {
    expect(textAt(layout, 0, 0)).toBe(`示例单位2024年度政府信息公开工作年度报告统计表`);
    expect(textAt(layout, 1, 0)).toBe(format.id === '2019' ? `（表格依据${format.source}；“采购总金额”以万元为单位填写）` : `（表格依据${format.source}）`);
    expect(layout.fields.map((f) => [f.label, a1(f.labelRange.top, f.labelRange.left), a1(f.valueRange.top, f.valueRange.left), f.value])).toEqual([
      ['填报单位：', 'A3', 'C3', '示例单位'],
      ['填报人：', 'J3', 'L3', null],
      ['联系电话：', 'A4', 'C4', null],
      ['填报日期：', 'J4', 'L4', null],
    ]);
  });
});

describe('title wording', () => {
  test('unit and year are optional; control characters are removed from the unit', () => {
    expect(titleText(undefined, undefined)).toBe('政府信息公开工作年度报告统计表');
    const l = buildLayout(FORMATS[0], { unit: ' 淮安市\n人民政府\t', year: 2024 });
    expect(l.cells[0].value).toBe('淮安市人民政府2024年度政府信息公开工作年度报告统计表');
    expect(l.unit).toBe('淮安市人民政府');
  });
  test('a year that is not four digits is refused with its value', () => {
    expect(() => buildLayout(FORMATS[0], { year: 24 })).toThrow('报告年度应为四位数的年份，收到：24');
  });
});
