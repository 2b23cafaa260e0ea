/**
 * A minimal zip writer for crafting hostile files by hand: every header field under the test's control,
 * so a part can lie about its size, claim encryption, or use a compression method nobody supports.
 * Node's zlib does the deflating and the CRC-32.
 */
import * as zlib from 'zlib';

/** One part of a crafted zip. */
export interface CraftedPart {
  readonly name: string;
  readonly data: string | Uint8Array;
  /** 8 = deflate (default), 0 = stored; any other number is written as is (with the data stored). */
  readonly method?: number;
  /** Uncompressed size written in the headers instead of the true one (a lying zip bomb). */
  readonly claimedSize?: number;
  /** General purpose flags (bit 0 = encrypted). */
  readonly flags?: number;
  /** Deflate level (default 6). */
  readonly level?: number;
}

function bytesOf(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? new Uint8Array(Buffer.from(data, 'utf8')) : data;
}

/** The zip file of `parts`, in order, with a central directory and its end record. */
export function craftZip(parts: readonly CraftedPart[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const raw = bytesOf(part.data);
    const method = part.method === undefined ? 8 : part.method;
    const stored = method === 8 ? zlib.deflateRawSync(raw, { level: part.level === undefined ? 6 : part.level }) : Buffer.from(raw);
    const crc = zlib.crc32(raw);
    const size = part.claimedSize === undefined ? raw.length : part.claimedSize;
    const name = Buffer.from(part.name, 'utf8');
    const flags = (part.flags || 0) | 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    chunks.push(local, name, stored);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(flags, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(crc >>> 0, 16);
    entry.writeUInt32LE(stored.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += local.length + name.length + stored.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

/** xl/workbook.xml of one sheet named `sheet`, with optional extra XML (e.g. definedNames) after <sheets>. */
export function workbookXml(sheet: string, extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheet}" sheetId="1" r:id="rId1"/></sheets>${extra}</workbook>`;
}

/** A worksheet part: optional <cols>, the sheet data rows, and optional XML after </sheetData>. */
export function sheetXml(rows: string, options: { cols?: string; after?: string; dimension?: string } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${
    options.dimension ? `<dimension ref="${options.dimension}"/>` : ''
  }${options.cols ? `<cols>${options.cols}</cols>` : ''}<sheetData>${rows}</sheetData>${options.after || ''}</worksheet>`;
}

/**
 * A minimal one-sheet .xlsx written by hand (no styles, no shared strings): the parts Excel needs,
 * with `sheet` as xl/worksheets/sheet1.xml. `override` replaces or adds parts by name.
 */
export function minimalXlsx(sheet: string | Uint8Array, options: { sheetName?: string; workbook?: string; parts?: readonly CraftedPart[]; sheetPart?: Partial<CraftedPart> } = {}): Uint8Array {
  const parts: CraftedPart[] = [
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'xl/workbook.xml', data: options.workbook || workbookXml(options.sheetName || 'Sheet1') },
    { name: 'xl/_rels/workbook.xml.rels', data: WORKBOOK_RELS },
    { name: 'xl/worksheets/sheet1.xml', data: sheet, ...(options.sheetPart || {}) },
  ];
  for (const extra of options.parts || []) {
    const at = parts.findIndex((p) => p.name === extra.name);
    if (at >= 0) parts[at] = extra;
    else parts.push(extra);
  }
  return craftZip(parts);
}
