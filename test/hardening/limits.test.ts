/**
 * The preflight's parts on their own (src/xlsx: a1Range, tagScanner, zipDirectory, preflight): range
 * prices, tag counts whatever the chunk boundaries, zip directories with prepended data and ZIP64
 * records, and each limit exactly at its value (accepted) and one past it (refused).
 */
import * as fc from 'fast-check';
import { referenceCells, referenceListCells } from '../../src/xlsx/a1Range';
import { MAX_MERGES_PER_SHEET, MAX_ROWS_PER_SHEET } from '../../src/xlsx/limits';
import { preflightWorkbook } from '../../src/xlsx/preflight';
import { attributeValue, TagScanner } from '../../src/xlsx/tagScanner';
import { readZipDirectory } from '../../src/xlsx/zipDirectory';
import { XlsxReadError } from '../../src/xlsx';
import { craftZip, minimalXlsx, sheetXml } from './zipWriter';

test('referenceCells prices A1 references as ExcelJS would expand them', () => {
  expect(
    ['A1', 'B2:D9', 'D9:B2', '$A$1:$XFD$1048576', 'A:C', '2:5', "'My sheet'!A1:B2", 'Sheet1!$C$3', '#REF!', 'SUM(A1)', 'A1:B2:C3'].map(referenceCells),
  ).toEqual([1, 24, 24, 17179869184, 3 * 1048576, 4 * 16384, 4, 1, 0, 0, 0]);
  expect(referenceListCells('A1:A10  C1:C10 E5')).toBe(21);
});

describe('TagScanner', () => {
  const xml =
    '<?xml version="1.0"?><!-- <c> in a comment --><x:worksheet xmlns:x="s"><x:sheetData><x:row r="1" spans="1:2"><x:c r="A1"><x:v>1</x:v></x:c><c r="B1"/></x:row>' +
    '<row r="2"><c r="A2" t="inlineStr"><is><t>a &gt; b</t></is></c></row></x:sheetData>' +
    '<mergeCells><mergeCell ref="A1:B2"/></mergeCells><dataValidations><dataValidation formula1="&quot;&gt;&quot;" note=\'x > y\' sqref="A1:A9 C1"/></dataValidations></x:worksheet>';

  function scan(chunks: Uint8Array[]): string[] {
    const seen: string[] = [];
    const s = new TagScanner(['c', 'row', 'mergeCell', 'dataValidation'], ['row', 'mergeCell', 'dataValidation'], (name, attrs) =>
      seen.push(attrs ? `${name}[${attributeValue(attrs, name === 'row' ? 'r' : name === 'mergeCell' ? 'ref' : 'sqref')}]` : name),
    );
    for (const c of chunks) s.push(c);
    return seen;
  }

  const bytes = new Uint8Array(Buffer.from(xml, 'utf8'));
  const whole = ['c', 'row[1]', 'c', 'c', 'row[2]', 'c', 'mergeCell[A1:B2]', 'dataValidation[A1:A9 C1]'];

  test('counts start tags by local name (prefixed or not), reads attributes with > inside quotes; the comment\'s <c> counts too (over-count, by design)', () => {
    expect(scan([bytes])).toEqual(whole);
  });

  test('the same tags whatever the chunk boundaries', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: bytes.length }), { maxLength: 12 }), (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), bytes.length];
        const chunks: Uint8Array[] = [];
        for (let i = 1; i < points.length; i++) chunks.push(bytes.subarray(points[i - 1], points[i]));
        expect(scan(chunks)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });
});

describe('readZipDirectory', () => {
  const zip = craftZip([
    { name: 'a.xml', data: '<a/>' },
    { name: '表/b.xml', data: 'x'.repeat(5000) },
  ]);

  test('entries with sizes, methods and where their data lies; UTF-8 names', () => {
    const d = readZipDirectory(zip);
    if (!d.ok) throw new Error(d.problem);
    expect(d.entries.map((e) => [e.name, e.uncompressedSize, e.method, e.encrypted, e.localOffset])).toEqual([
      ['a.xml', 4, 8, false, 0],
      ['表/b.xml', 5000, 8, false, 30 + 5 + d.entries[0].compressedSize],
    ]);
  });

  test('data prepended to the zip (a self-extracting archive) shifts every offset', () => {
    const prefixed = new Uint8Array(100 + zip.length);
    prefixed.set(zip, 100);
    const d = readZipDirectory(prefixed);
    if (!d.ok) throw new Error(d.problem);
    expect(d.entries.map((e) => e.localOffset)).toEqual([100, 100 + 30 + 5 + d.entries[0].compressedSize]);
  });

  test('ZIP64: saturated counts, sizes and offsets are read from the ZIP64 records', () => {
    // Rewrite the one-entry zip as ZIP64: the central entry's sizes and offset saturated with a ZIP64
    // extra field, the end record saturated, a ZIP64 end record and its locator before it.
    const one = Buffer.from(craftZip([{ name: 'a.xml', data: '<a/>', method: 0 }]));
    const eocd = one.length - 22;
    const cdOffset = one.readUInt32LE(eocd + 16);
    const entry = Buffer.from(one.subarray(cdOffset, eocd));
    const extra = Buffer.alloc(4 + 24);
    extra.writeUInt16LE(1, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeUInt32LE(4, 4); // uncompressed
    extra.writeUInt32LE(4, 12); // compressed
    extra.writeUInt32LE(0, 20); // local header offset
    entry.writeUInt32LE(0xffffffff, 20);
    entry.writeUInt32LE(0xffffffff, 24);
    entry.writeUInt32LE(0xffffffff, 42);
    entry.writeUInt16LE(extra.length, 30);
    const central = Buffer.concat([entry, extra]);
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeUInt32LE(44, 4);
    record.writeUInt32LE(1, 24);
    record.writeUInt32LE(1, 32);
    record.writeUInt32LE(central.length, 40);
    record.writeUInt32LE(cdOffset, 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeUInt32LE(cdOffset + central.length, 8);
    locator.writeUInt32LE(1, 16);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(0xffff, 8);
    end.writeUInt16LE(0xffff, 10);
    end.writeUInt32LE(0xffffffff, 12);
    end.writeUInt32LE(0xffffffff, 16);
    const z64 = new Uint8Array(Buffer.concat([one.subarray(0, cdOffset), central, record, locator, end]));
    const d = readZipDirectory(z64);
    if (!d.ok) throw new Error(d.problem);
    expect(d.entries.map((e) => [e.name, e.uncompressedSize, e.compressedSize, e.localOffset])).toEqual([['a.xml', 4, 4, 0]]);
  });

  test('no end record, or one pointing outside the file: no directory, never a throw', () => {
    expect(readZipDirectory(zip.slice(0, zip.length - 5))).toEqual({ ok: false, problem: 'no-directory' });
    // A wrong directory offset alone is tolerated (the directory is found right before the end record)…
    const shifted = zip.slice();
    const view = new DataView(shifted.buffer);
    view.setUint32(shifted.length - 22 + 16, 0x7fffffff, true);
    expect(readZipDirectory(shifted).ok).toBe(true);
    // …but not a directory that is not there.
    const size = view.getUint32(shifted.length - 22 + 12, true);
    view.setUint32(shifted.length - 22 - size, 0, true);
    expect(readZipDirectory(shifted)).toEqual({ ok: false, problem: 'bad-directory' });
    expect(readZipDirectory(new Uint8Array(10))).toEqual({ ok: false, problem: 'no-directory' });
  });
});

describe('each limit: accepted at its value, refused one past it', () => {
  async function refusal(bytes: Uint8Array): Promise<string> {
    try {
      await preflightWorkbook(bytes);
      return 'accepted';
    } catch (e) {
      if (!(e instanceof XlsxReadError)) throw e;
      return e.code;
    }
  }
  function rows(n: number): string {
    const out: string[] = [];
    for (let r = 1; r <= n; r++) out.push(`<row r="${r}"/>`);
    return out.join('');
  }
  function merges(n: number): string {
    const out: string[] = [];
    for (let r = 1; r <= n; r++) out.push(`<mergeCell ref="A${r}:B${r}"/>`);
    return `<mergeCells count="${n}">${out.join('')}</mergeCells>`;
  }

  test(`rows on a sheet: ${MAX_ROWS_PER_SHEET}`, async () => {
    expect(await refusal(minimalXlsx(sheetXml(rows(MAX_ROWS_PER_SHEET))))).toBe('accepted');
    expect(await refusal(minimalXlsx(sheetXml(rows(MAX_ROWS_PER_SHEET + 1))))).toBe('too-large');
  });

  test(`merged ranges on a sheet: ${MAX_MERGES_PER_SHEET}`, async () => {
    expect(await refusal(minimalXlsx(sheetXml('', { after: merges(MAX_MERGES_PER_SHEET) })))).toBe('accepted');
    expect(await refusal(minimalXlsx(sheetXml('', { after: merges(MAX_MERGES_PER_SHEET + 1) })))).toBe('too-large');
  });

  test('a row numbered 1,048,576 is Excel\'s last and accepted; 1,048,577 is refused', async () => {
    expect(await refusal(minimalXlsx(sheetXml('<row r="1048576"><c r="A1048576"><v>1</v></c></row>')))).toBe('accepted');
    expect(await refusal(minimalXlsx(sheetXml('<row r="1048577"><c r="A1048577"><v>1</v></c></row>')))).toBe('corrupt');
  });

  test('whole-column validations: three columns accepted, four refused', async () => {
    const validation = (sqref: string) =>
      minimalXlsx(sheetXml('', { after: `<dataValidations count="1"><dataValidation type="list" sqref="${sqref}"><formula1>"是,否"</formula1></dataValidation></dataValidations>` }));
    expect(await refusal(validation('A1:C1048576'))).toBe('accepted');
    expect(await refusal(validation('A1:D1048576'))).toBe('too-large');
  });
});
