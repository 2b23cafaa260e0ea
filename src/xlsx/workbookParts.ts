/**
 * What the preflight needs from xl/workbook.xml and its relationships, read from their (small,
 * size-checked) text with regular expressions: the name of the sheet each worksheet part holds, for
 * messages, and the cells covered by defined names, which ExcelJS expands cell by cell.
 */
import { referenceCells } from './a1Range';
import { attributeValue } from './tagScanner';

/** ExcelJS reads the workbook part and its relationships under these fixed names. */
export const WORKBOOK_PART = 'xl/workbook.xml';
export const WORKBOOK_RELS_PART = 'xl/_rels/workbook.xml.rels';

/** Print areas and print titles are kept as text by ExcelJS, not expanded: they cost nothing. */
const NOT_EXPANDED = ['_xlnm.Print_Area', '_xlnm.Print_Titles'];

/** A sheet qualifier in a formula: a quoted name or an unquoted one, followed by '!'. */
const SHEET_QUALIFIER = /(?:'(?:[^']|'')*'|[^\s!,()'"=+\-*/&^<>:;{}]+)!/g;

/** A1-looking references inside a defined name's formula (a superset of what ExcelJS expands). */
const REFERENCE = /\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?/g;

/** The five predefined XML entities and character references, decoded (sheet names in messages). */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, body: string) => {
    if (body.charAt(0) === '#') {
      const code = body.charAt(1) === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code < 0x110000 && code < 0xd800 ? String.fromCharCode(code) : whole;
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[body as 'amp'];
  });
}

/** Every start tag with local name `name` in `xml`, as its attribute text. */
function tags(xml: string, name: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<(?:[A-Za-z0-9_]+:)?${name}(\\s[^>]*)?/?>`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) out.push(m[1] || '');
  return out;
}

/** A relationship target resolved against xl/ (targets are relative to the workbook part, or absolute from the root). */
function partPath(target: string): string {
  const absolute = target.charAt(0) === '/';
  const parts = (absolute ? target.slice(1) : `xl/${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/**
 * Sheet names by worksheet part path (xl/worksheets/sheet1.xml → 表三), from the workbook part and its
 * relationships; parts that cannot be matched are simply absent.
 */
export function sheetNamesByPart(workbookXml: string, relsXml: string): Record<string, string> {
  const targets: Record<string, string> = {};
  for (const attrs of tags(relsXml, 'Relationship')) {
    const id = attributeValue(attrs, 'Id');
    const target = attributeValue(attrs, 'Target');
    if (id !== undefined && target !== undefined) targets[id] = partPath(decodeXmlText(target));
  }
  const names: Record<string, string> = {};
  for (const attrs of tags(workbookXml, 'sheet')) {
    const name = attributeValue(attrs, 'name');
    const id = attributeValue(attrs, 'id');
    if (name !== undefined && id !== undefined && targets[id] !== undefined) names[targets[id]] = decodeXmlText(name);
  }
  return names;
}

/** One defined name and the cells its references cover. */
export interface DefinedNameCost {
  readonly name: string;
  readonly cells: number;
}

/** The defined names of the workbook part that ExcelJS expands, with the cells each covers. */
export function definedNameCosts(workbookXml: string): DefinedNameCost[] {
  const out: DefinedNameCost[] = [];
  const re = /<(?:[A-Za-z0-9_]+:)?definedName(\s[^>]*)?>([^<]*)</g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(workbookXml)) !== null) {
    const name = decodeXmlText(attributeValue(m[1] || '', 'name') || '');
    if (NOT_EXPANDED.indexOf(name) >= 0) continue;
    let cells = 0;
    // Sheet qualifiers ('My sheet'!, Sheet1!) go first, so that a sheet name is not read as a cell.
    const formula = decodeXmlText(m[2]).replace(SHEET_QUALIFIER, '');
    const refs = formula.match(REFERENCE) || [];
    for (const ref of refs) cells += referenceCells(ref);
    out.push({ name, cells });
  }
  return out;
}
