/**
 * The --units file as offices save it: UTF-8 (with or without a BOM), GBK from Windows Notepad's
 * "ANSI" in China, UTF-16 from its "Unicode"; anything else refused with a message naming the file.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { decodeUnitListBytes, readUnitListFile, UnitListEncodingError } from '../../src/consolidate/node/files';

const UNITS = ['淮安市财政局', '淮安市公安局'];
/** '淮安市财政局\r\n淮安市公安局\r\n' in GBK, as Python's codec writes it: "…".encode('gbk').hex(). */
const GBK_HEX = 'bbb4b0b2cad0b2c6d5febed60d0abbb4b0b2cad0b9abb0b2bed60d0a';

const hex = (h: string): Uint8Array => Uint8Array.from(h.match(/../g) as string[], (b) => parseInt(b, 16));
const utf16le = (text: string): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
};

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-units-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

test('a GBK file saved by Notepad ("ANSI") gives the unit names, not mojibake', async () => {
  expect(await readUnitListFile(write('gbk.txt', hex(GBK_HEX)))).toEqual(UNITS);
});

test('UTF-8 with and without a BOM, and UTF-16 with its BOM (Notepad "Unicode")', async () => {
  const utf8 = new TextEncoder().encode(`${UNITS.join('\n')}\n`);
  expect(await readUnitListFile(write('utf8.txt', utf8))).toEqual(UNITS);
  expect(await readUnitListFile(write('bom.txt', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8])))).toEqual(UNITS);
  expect(await readUnitListFile(write('utf16.txt', utf16le(`${UNITS.join('\r\n')}\r\n`)))).toEqual(UNITS);
  expect(decodeUnitListBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]), 'x.txt')).toBe('A');
});

test('bytes that are neither UTF-8 nor GB18030 are refused with a message naming the file', async () => {
  // 0x81 starts a GB18030 pair; 0x20 cannot follow it. 0xFF is never a lead byte.
  const file = write('bad.txt', Uint8Array.from([0xce, 0xde, 0x81, 0x20, 0xff]));
  const error = await readUnitListFile(file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UnitListEncodingError);
  expect((error as UnitListEncodingError).message).toBe(
    `${file}：应报单位清单不是 UTF-8 或 GBK（GB18030）编码的文本，无法读取。请用记事本“另存为”UTF-8 编码后重试。`,
  );
  expect((error as UnitListEncodingError).messageEn).toContain(`${file}: the list of expected units is neither UTF-8 nor GBK`);
});
