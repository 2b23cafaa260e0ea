/**
 * LibreOffice opens the written templates and prints them: soffice converts each to PDF, pdftoppm
 * turns the PDF into PNG pages. Three A4 pages per template: title + 二, then 三, then 四 (the page
 * breaks of the plan; a sheet too wide for the page would double that count).
 * The conditional formats run in LibreOffice: the seed's tables (haidong-2019) print the two broken
 * totals in the alert fill, huaian-2024 (all identities hold) prints none.
 * Skipped, with a message, only where soffice is not installed (Debian libreoffice-calc-nogui).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { format2019, format2021 } from '../../src/formats';
import { templateWorkbook } from '../../src/xlsx';
import { writeWorkbookFile } from '../../src/xlsx/node';
import { exampleFigures } from '../fixtures/examples';

function onPath(program: string): string | undefined {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const candidate = path.join(dir, program);
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

const soffice = onPath('soffice');
const pdftoppm = onPath('pdftoppm');
if (!soffice || !pdftoppm) {
  console.warn(`跳过 LibreOffice 渲染测试：未找到 ${!soffice ? 'soffice（apt-get install libreoffice-calc-nogui）' : 'pdftoppm（apt-get install poppler-utils）'}`);
}
const maybe = soffice && pdftoppm ? test : test.skip;

/** Pixels of page `page` of `pdf` in the alert fill (FFC7CE), counted on a raw PPM rendering. */
function alertPixels(pdf: string, page: number, prefix: string): number {
  const render = spawnSync(pdftoppm as string, ['-r', '30', '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix], { timeout: 20000 });
  expect(render.status).toBe(0);
  const ppm = fs.readFileSync(`${prefix}.ppm`);
  // Header "P6 <width> <height> 255" then RGB bytes.
  let offset = 0;
  const tokens: string[] = [];
  while (tokens.length < 4) {
    while (/\s/.test(String.fromCharCode(ppm[offset]))) offset++;
    let token = '';
    while (!/\s/.test(String.fromCharCode(ppm[offset]))) token += String.fromCharCode(ppm[offset++]);
    tokens.push(token);
  }
  offset++;
  expect(tokens[0]).toBe('P6');
  let count = 0;
  for (let i = offset; i + 2 < ppm.length; i += 3) {
    const [r, g, b] = [ppm[i], ppm[i + 1], ppm[i + 2]];
    if (r > 240 && g > 185 && g < 215 && b > 190 && b < 222) count++;
  }
  return count;
}

maybe(
  'soffice prints both templates on three pages each, and runs the live checks',
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-soffice-'));
    try {
      const files = [
        ['t2021.xlsx', format2021, { unit: '淮安市', year: 2024 }],
        ['t2019.xlsx', format2019, { unit: '海东市', year: 2019 }],
        ['haidong.xlsx', format2019, { unit: '海东市', year: 2019, figures: exampleFigures('haidong-2019') }],
        ['huaian.xlsx', format2021, { unit: '淮安市', year: 2024, figures: exampleFigures('huaian-2024') }],
      ] as const;
      for (const [name, format, options] of files) await writeWorkbookFile(path.join(dir, name), templateWorkbook(format, options));
      // A private profile: another soffice running on the machine cannot lock this one out.
      const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
      const convert = spawnSync(soffice as string, [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files.map((f) => path.join(dir, f[0]))], {
        encoding: 'utf8',
        timeout: 50000,
      });
      expect(convert.status).toBe(0);
      for (const [name] of files.slice(0, 2)) {
        const pdf = path.join(dir, name.replace('.xlsx', '.pdf'));
        expect(fs.existsSync(pdf)).toBe(true);
        const prefix = path.join(dir, name.replace('.xlsx', ''));
        const render = spawnSync(pdftoppm as string, ['-png', '-r', '30', pdf, prefix], { encoding: 'utf8', timeout: 20000 });
        expect(render.status).toBe(0);
        const pages = fs.readdirSync(dir).filter((f) => f.indexOf(path.basename(prefix) + '-') === 0 && f.slice(-4) === '.png');
        expect([name, pages.length]).toEqual([name, 3]);
        for (const page of pages) expect(fs.statSync(path.join(dir, page)).size).toBeGreaterThan(1000);
      }
      // Page 2 holds 表三.
      expect(alertPixels(path.join(dir, 'haidong.pdf'), 2, path.join(dir, 'haidong-p2'))).toBeGreaterThan(20);
      expect(alertPixels(path.join(dir, 'huaian.pdf'), 2, path.join(dir, 'huaian-p2'))).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  60000,
);
