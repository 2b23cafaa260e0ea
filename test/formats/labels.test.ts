/**
 * Every label, code and hierarchy of src/formats against the spec's machine-readable twin
 * (shared/formats/formats.json). A wrong character in a printed label is a bug.
 */
import * as fs from 'fs';
import * as path from 'path';
import { FORMATS, getFormat, dataRows, dataColumns, rowPath, columnPath, getTable, formatForYear } from '../../src/formats';

interface SpecItem { code: string; label: string; parent: string | null; is_data: boolean }
interface SpecTable { id: string; section: string; title: string; columns: SpecItem[]; rows: SpecItem[] }
interface SpecVersion { id: string; source: string; document: string; section_headings: string[]; tables: SpecTable[] }

const spec: { versions: SpecVersion[] } = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../../shared/formats/formats.json'), 'utf8'),
);

describe.each(['2019', '2021'])('format %s against formats.json', (id) => {
  const version = spec.versions.filter((v) => v.id === id)[0];
  const format = getFormat(id);

  test('document, source and section headings', () => {
    expect(format.source).toBe(version.source);
    expect(format.document).toBe(version.document);
    expect(format.sectionHeadings).toEqual(version.section_headings);
  });

  test('same tables in the same order', () => {
    expect(format.tables.map((t) => t.id)).toEqual(version.tables.map((t) => t.id));
  });

  test.each(version.tables.map((t) => [t.id, t] as const))('table %s: title, section, rows, columns', (_id, specTable) => {
    const table = format.tables.filter((t) => t.id === specTable.id)[0];
    expect(table.title).toBe(specTable.title);
    expect(table.section).toBe(specTable.section);
    expect(table.rows.map((r) => [r.code, r.label, r.parent ?? null, r.isData])).toEqual(
      specTable.rows.map((r) => [r.code, r.label, r.parent, r.is_data]),
    );
    // 表三's top-left header cell (c_rowhead) is the balance note, kept as table.balance.note.
    const specColumns = specTable.columns.filter((c) => c.code !== 'c_rowhead');
    expect(table.columns.map((c) => [c.code, c.label, c.parent ?? null, c.isData])).toEqual(
      specColumns.map((c) => [c.code, c.label, c.parent, c.is_data]),
    );
    const note = specTable.columns.filter((c) => c.code === 'c_rowhead')[0];
    expect(table.balance?.note).toBe(note?.label);
  });
});

describe('shape of the formats', () => {
  test('data cells: 表三 has 23 data rows (2019) and 25 (2021), 7 data columns; 表四 15 cells', () => {
    const t3_2019 = getTable(getFormat('2019'), 't3_applications');
    const t3_2021 = getTable(getFormat('2021'), 't3_applications');
    expect(dataRows(t3_2019)).toHaveLength(23);
    expect(dataRows(t3_2021)).toHaveLength(25);
    expect(dataColumns(t3_2021).map((c) => c.label)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    expect(dataColumns(getTable(getFormat('2021'), 't4_review_litigation'))).toHaveLength(15);
  });

  test('value kinds: 本年增/减 signed, amounts in 万元, everything else whole counts', () => {
    const f2019 = getFormat('2019');
    expect(getTable(f2019, 't2_art20_5').columns.filter((c) => c.code === 'c_delta')[0].kind).toBe('signedCount');
    expect(getTable(f2019, 't2_art20_9').columns.filter((c) => c.code === 'c_proc_amount')[0].kind).toBe('amount');
    const fee = getTable(getFormat('2021'), 't2_art20_8').columns.filter((c) => c.code === 'c_fee_amount')[0];
    expect([fee.kind, fee.unit, fee.label]).toEqual(['amount', '万元', '本年收费金额（单位：万元）']);
    const kinds = new Set(FORMATS.map((f) => getTable(f, 't3_applications')).flatMap((t) => dataColumns(t).map((c) => c.kind)));
    expect([...kinds]).toEqual(['count']);
  });

  test('labels with group paths', () => {
    const t3 = getTable(getFormat('2021'), 't3_applications');
    const row = t3.rows.filter((r) => r.code === 'r3_3_1_secret')[0];
    expect(rowPath(t3, row)).toBe('（三）不予公开 1.属于国家秘密');
    expect(rowPath(t3, t3.rows.filter((r) => r.code === 'r3_1_open')[0])).toBe('（一）予以公开');
    const t4 = getTable(getFormat('2021'), 't4_review_litigation');
    expect(columnPath(t4, t4.columns.filter((c) => c.code === 'c_lit_after_total')[0])).toBe('行政诉讼 复议后起诉 总计');
    expect(columnPath(t3, t3.columns.filter((c) => c.code === 'c_commercial')[0])).toBe('法人或其他组织 商业企业');
  });

  test('report year → format', () => {
    expect([2019, 2020, 2021, 2025].map(formatForYear)).toEqual(['2019', '2019', '2021', '2021']);
    expect(() => getFormat('2018')).toThrow('未知的年报格式：2018');
  });
});
