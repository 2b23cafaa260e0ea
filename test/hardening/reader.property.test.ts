/**
 * Property-based tests of the .xlsx reader on damaged bytes: random bytes, and a real workbook (our
 * template filled with 淮安 2024) with random bytes overwritten, inserted or cut off — both as Excel
 * writes it (deflated) and re-zipped uncompressed, so that the damage lands in the XML itself and
 * reaches the XML parser. The reader either gives grids or an XlsxReadError with a message; it never
 * throws anything else, never hangs, and the validation of whatever it gives never throws.
 */
import * as fc from 'fast-check';
import JSZip from 'jszip';
import type { Grid } from '../../src/grid';
import { validateGrids } from '../../src/workflow/validate';
import { readWorkbook, XlsxReadError } from '../../src/xlsx';
import { goodWorkbook } from './hostileFiles';
import { craftZip } from './zipWriter';

/** Runs per property: a damaged real workbook takes up to ~100 ms to read. */
export const READER_RUNS = 100;
/** No damaged file may take longer than this to read or refuse. */
const WITHIN_MS = 5000;

let deflated: Uint8Array;
let stored: Uint8Array;
/** The real workbook's parts, and its worksheet and shared strings as text. */
let parts: Array<{ name: string; data: Uint8Array }>;
let sheetText: string;
let stringsText: string;

beforeAll(async () => {
  deflated = await goodWorkbook('模糊测试局');
  const zip = await JSZip.loadAsync(deflated);
  parts = [];
  for (const name of Object.keys(zip.files)) {
    if (!zip.files[name].dir) parts.push({ name, data: await zip.files[name].async('uint8array') });
  }
  stored = craftZip(parts.map((p) => ({ ...p, method: 0 })));
  sheetText = await (zip.file('xl/worksheets/sheet1.xml') as JSZip.JSZipObject).async('string');
  stringsText = await (zip.file('xl/sharedStrings.xml') as JSZip.JSZipObject).async('string');
});

/** What reading gave: grids, or the error's code. Anything else fails the property. */
async function outcome(bytes: Uint8Array): Promise<string> {
  const started = Date.now();
  let grids: Grid[];
  try {
    grids = await readWorkbook(bytes);
  } catch (e) {
    if (!(e instanceof XlsxReadError)) throw new Error(`not an XlsxReadError: ${e instanceof Error ? e.stack : String(e)}`);
    expect(e.message.length).toBeGreaterThan(10);
    expect(Date.now() - started).toBeLessThan(WITHIN_MS);
    return e.code;
  }
  expect(Date.now() - started).toBeLessThan(WITHIN_MS);
  validateGrids(grids, { lang: 'zh' });
  return 'read';
}

/** Where in the file, as a fraction of its length (uniform: fc.double favours 0 and 1). */
const positionArb = fc.integer({ min: 0, max: 1000000 }).map((n) => n / 1000000);

/**
 * A damage: overwrite a few bytes at a position, insert bytes there, or cut the file there. Overwrites
 * dominate: they keep the zip's structure and reach the parts, where the interesting failures are.
 */
const damageArb = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('overwrite' as const), at: positionArb, bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('insert' as const), at: positionArb, bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('cut' as const), at: positionArb, bytes: fc.constant(new Uint8Array(0)) }), weight: 1 },
);

function damaged(original: Uint8Array, damages: ReadonlyArray<{ kind: 'overwrite' | 'insert' | 'cut'; at: number; bytes: Uint8Array }>): Uint8Array {
  let out = original.slice();
  for (const d of damages) {
    const at = Math.min(out.length, Math.floor(d.at * out.length));
    if (d.kind === 'overwrite') {
      out = out.slice();
      out.set(d.bytes.slice(0, out.length - at), at);
    } else if (d.kind === 'insert') {
      const next = new Uint8Array(out.length + d.bytes.length);
      next.set(out.slice(0, at));
      next.set(d.bytes, at);
      next.set(out.slice(at), at + d.bytes.length);
      out = next;
    } else out = out.slice(0, at);
  }
  return out;
}

test('random bytes (half of them starting like a zip): an XlsxReadError, never anything else', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), async (bytes, zipLike) => {
      const b = bytes.slice();
      if (zipLike && b.length >= 4) b.set([0x50, 0x4b, 0x03, 0x04]);
      expect(['empty', 'not-zip', 'corrupt', 'encrypted', 'legacy-xls', 'too-large', 'xlsb']).toContain(await outcome(b));
    }),
    { numRuns: READER_RUNS * 5 },
  );
});

/** Damages run against `original`, with the outcomes counted. */
async function fuzz(original: () => Uint8Array): Promise<Record<string, number>> {
  const seen: Record<string, number> = {};
  await fc.assert(
    fc.asyncProperty(fc.array(damageArb, { minLength: 1, maxLength: 3 }), async (damages) => {
      const o = await outcome(damaged(original(), damages));
      seen[o] = (seen[o] || 0) + 1;
      if (process.env.HARDENING_VERBOSE) console.log(o);
    }),
    { numRuns: READER_RUNS },
  );
  return seen;
}

test('a real workbook, damaged anywhere (deflated as Excel writes it): grids or an XlsxReadError', async () => {
  // Damage inside deflate data almost always makes a part unreadable or of the wrong size: refusals.
  const seen = await fuzz(() => deflated);
  expect(Object.keys(seen).length).toBeGreaterThan(0);
});

test('a real workbook stored uncompressed, damaged anywhere (the damage reaches the XML parser): grids or an XlsxReadError', async () => {
  const seen = await fuzz(() => stored);
  // Both sides occur: damage that the reader survives (inside texts), and damage it refuses.
  expect(seen.read).toBeGreaterThan(0);
  expect(Object.keys(seen).length).toBeGreaterThan(1);
});

/**
 * A meaningful edit of the sheet XML, as a buggy generator (or an attacker) would write it: an attribute
 * value replaced (cell addresses, row numbers, types, style indexes, shared-string indexes), a value
 * replaced, a tag dropped or duplicated.
 */
const xmlEditArb = fc.record({
  target: fc.constantFrom('sheet', 'strings'),
  pattern: fc.constantFrom(/ r="[^"]*"/g, / t="[^"]*"/g, / s="[^"]*"/g, /<v>[^<]*<\/v>/g, /<\/?[a-zA-Z:]+[^>]*>/g, /<mergeCell [^>]*\/>/g, /<si>.*?<\/si>/g),
  nth: fc.nat({ max: 5000 }),
  replacement: fc.oneof(
    fc.constantFrom(' r="ZZZZ1"', ' r="A0"', ' r="A-5"', ' r="XFD1048577"', ' r=""', ' r="A99999999999"', ' t="e"', ' t="b"', ' t="d"', ' t="s"', ' t="x"', ' s="99999"', ' s="-1"'),
    fc.constantFrom('<v>99999999</v>', '<v>-1</v>', '<v>abc</v>', '<v></v>', '<v>1e999</v>', '<v>NaN</v>', '', '<c>', '</row>', '<row r="1">', '<mergeCell ref="A1:XFD1048576"/>', '<mergeCell ref="Q1:A9"/>'),
    fc.string({ maxLength: 12 }),
  ),
});

test('a real workbook with its sheet or shared-strings XML edited (bad addresses, types, indexes, tags): grids or an XlsxReadError', async () => {
  const seen: Record<string, number> = {};
  await fc.assert(
    fc.asyncProperty(fc.array(xmlEditArb, { minLength: 1, maxLength: 3 }), async (edits) => {
      let sheet = sheetText;
      let strings = stringsText;
      for (const e of edits) {
        const text = e.target === 'sheet' ? sheet : strings;
        const matches = text.match(e.pattern) || [];
        if (matches.length === 0) continue;
        let k = -1;
        const nth = e.nth % matches.length;
        const edited = text.replace(e.pattern, (m) => (++k === nth ? e.replacement : m));
        if (e.target === 'sheet') sheet = edited;
        else strings = edited;
      }
      const bytes = craftZip(
        parts.map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { name: p.name, data: sheet } : p.name === 'xl/sharedStrings.xml' ? { name: p.name, data: strings } : p)),
      );
      const o = await outcome(bytes);
      seen[o] = (seen[o] || 0) + 1;
    }),
    { numRuns: READER_RUNS },
  );
  expect(seen.read).toBeGreaterThan(0);
  expect(seen.corrupt).toBeGreaterThan(0);
});
