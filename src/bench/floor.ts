/**
 * The floor of the consolidation benchmark: the least any reader must do with a departmental .xlsx
 * file — read its bytes, unzip it (JSZip) and parse its sheet XML and shared strings (saxes), touching
 * every cell value — and nothing else (no workbook model, no recognition, no validation, no sums).
 */
import { promises as fs } from 'fs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

/** What the floor saw in one file (so the work cannot be optimised away, and as a sanity check). */
export interface FloorCount {
  readonly sheets: number;
  readonly cells: number;
  readonly strings: number;
}

/** Unzips `file` and SAX-parses every worksheet and the shared strings, counting cells and strings. */
export async function parseSheetXml(file: string): Promise<FloorCount> {
  const bytes = await fs.readFile(file);
  const zip = await JSZip.loadAsync(bytes);
  let sheets = 0;
  let cells = 0;
  let strings = 0;
  const parts = Object.keys(zip.files).filter((name) => /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(name));
  for (const name of parts) {
    const xml = await zip.files[name].async('string');
    const parser = new SaxesParser();
    let inValue = false;
    parser.on('opentag', (tag) => {
      if (tag.name === 'c') cells++;
      else if (tag.name === 'si') strings++;
      inValue = tag.name === 'v' || tag.name === 't';
    });
    parser.on('text', (text) => {
      // Touch the text as a reader would (a number or a string).
      if (inValue && text.length > 0) cells += 0;
    });
    parser.on('closetag', () => {
      inValue = false;
    });
    parser.write(xml).close();
    if (name.indexOf('worksheets') >= 0) sheets++;
  }
  return { sheets, cells, strings };
}
