/**
 * LibreOffice opens the written templates and prints them: soffice converts each to PDF, pdftoppm
 * turns the PDF into PNG pages. Three A4 pages per template: title + 二, then 三, then 四 (the page
 * breaks of the plan; a sheet too wide for the page would double that count).
 * Skipped, with a message, only where soffice is not installed (Debian libreoffice-calc-nogui).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { format2019, format2021 } from '../../src/formats';
import { templateWorkbook } from '../../src/xlsx';
import { writeWorkbookFile } from '../../src/xlsx/node';

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
  // eslint-disable-next-line no-console
  console.warn(`跳过 LibreOffice 渲染测试：未找到 ${!soffice ? 'soffice（apt-get install libreoffice-calc-nogui）' : 'pdftoppm（apt-get install poppler-utils）'}`);
}
const maybe = soffice && pdftoppm ? test : test.skip;

maybe(
  'soffice converts both templates to PDF; pdftoppm renders three pages of each',
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-soffice-'));
    try {
      const files = [
        ['t2021.xlsx', format2021, { unit: '淮安市', year: 2024 }],
        ['t2019.xlsx', format2019, { unit: '海东市', year: 2019 }],
      ] as const;
      for (const [name, format, options] of files) await writeWorkbookFile(path.join(dir, name), templateWorkbook(format, options));
      // A private profile: another soffice running on the machine cannot lock this one out.
      const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
      const convert = spawnSync(soffice as string, [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files.map((f) => path.join(dir, f[0]))], {
        encoding: 'utf8',
        timeout: 50000,
      });
      expect(convert.status).toBe(0);
      for (const [name] of files) {
        const pdf = path.join(dir, name.replace('.xlsx', '.pdf'));
        expect(fs.existsSync(pdf)).toBe(true);
        const prefix = path.join(dir, name.replace('.xlsx', ''));
        const render = spawnSync(pdftoppm as string, ['-png', '-r', '30', pdf, prefix], { encoding: 'utf8', timeout: 20000 });
        expect(render.status).toBe(0);
        const pages = fs.readdirSync(dir).filter((f) => f.indexOf(path.basename(prefix) + '-') === 0 && f.slice(-4) === '.png');
        expect([name, pages.length]).toEqual([name, 3]);
        for (const page of pages) expect(fs.statSync(path.join(dir, page)).size).toBeGreaterThan(1000);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  60000,
);
