/**
 * manifest.xml: valid against the official XSD offline (the same check as `npm run validate`),
 * and what Office 2016 needs: no <Requirements>, zh-CN default with en-US overrides, the ribbon tab
 * 年报助手 with its four buttons, ReadWriteDocument; icons at the sizes it names.
 */
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest, SCHEMA_DIR, ONLINE_ALTERNATIVE } = require('../../scripts/validate-manifest.js');

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

test('the manifest validates offline against OfficeAppManifestV1_1.xsd', async () => {
  expect(fs.existsSync(path.join(SCHEMA_DIR, 'OfficeAppManifestV1_1.xsd'))).toBe(true);
  const r = await validateManifest(manifest);
  expect(r.errors).toEqual([]);
  expect(r.ok).toBe(true);
});

test('the validator rejects a manifest out of schema order and one with <Requirements>', async () => {
  const misordered = manifest.replace('<Version>1.0.0.0</Version>\n', '').replace('<ProviderName>nianbao</ProviderName>', '<ProviderName>nianbao</ProviderName>\n  <Version>1.0.0.0</Version>');
  const r1 = await validateManifest(misordered);
  expect(r1.ok).toBe(false);
  expect(r1.errors.join('\n')).toMatch(/Version/);
  const withRequirements = manifest.replace('<DefaultSettings>', '<Requirements><Sets DefaultMinVersion="1.1"><Set Name="ExcelApi" MinVersion="1.7"/></Sets></Requirements>\n  <DefaultSettings>');
  const r2 = await validateManifest(withRequirements);
  expect(r2.ok).toBe(false);
  expect(r2.errors.join('\n')).toMatch(/Requirements/);
});

test('npm run validate says so and names the online alternative when the schemas are absent', async () => {
  const r = await validateManifest(manifest, path.join(ROOT, 'no-such-folder'));
  expect(r.schemaMissing).toBe(true);
  expect(ONLINE_ALTERNATIVE).toBe('npx office-addin-manifest validate manifest.xml');
  const out = execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'validate-manifest.js')], { cwd: ROOT, encoding: 'utf8' });
  expect(out).toMatch(/有效 \/ valid \(offline/);
});

test('Workbook task pane, ReadWriteDocument, zh-CN default with en-US overrides, no <Requirements>', () => {
  const body = manifest.replace(/<!--[\s\S]*?-->/g, '');
  expect(body).toMatch(/xsi:type="TaskPaneApp"/);
  expect(body).toMatch(/<Host Name="Workbook" \/>/);
  expect(body).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  expect(body).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
  expect(body).not.toMatch(/<Requirements/);
  expect(body).not.toMatch(/contoso/i);
  const strings = body.match(/<bt:String [^>]*>/g) || [];
  const overrides = body.match(/<bt:Override Locale="en-US"/g) || [];
  expect(overrides.length).toBe(strings.length);
});

test('ribbon: tab 年报助手 with 插入模板, 一键校验 (ExecuteFunction), 汇总, 打开面板', () => {
  const label = (resid: string): string => {
    const m = new RegExp(`<bt:String id="${resid.replace('.', '\\.')}" DefaultValue="([^"]+)"`).exec(manifest);
    return m ? m[1] : '';
  };
  const tab = /<CustomTab id="[^"]+">[\s\S]*<Label resid="([^"]+)" \/>\s*<\/CustomTab>/.exec(manifest);
  expect(tab && label(tab[1])).toBe('年报助手');
  const controls = manifest.match(/<Control xsi:type="Button"[\s\S]*?<\/Control>/g) || [];
  const described = controls.map((c) => ({
    label: label((/<Label resid="([^"]+)"/.exec(c) as RegExpExecArray)[1]),
    action: (/<Action xsi:type="(\w+)"/.exec(c) as RegExpExecArray)[1],
    fn: (/<FunctionName>(\w+)<\/FunctionName>/.exec(c) || [])[1],
  }));
  expect(described).toEqual([
    { label: '插入模板', action: 'ShowTaskpane', fn: undefined },
    { label: '一键校验', action: 'ExecuteFunction', fn: 'validateSheet' },
    { label: '汇总', action: 'ShowTaskpane', fn: undefined },
    { label: '打开面板', action: 'ShowTaskpane', fn: undefined },
  ]);
  // commands.ts registers the function under the same name.
  expect(fs.readFileSync(path.join(ROOT, 'src/commands/commands.ts'), 'utf8')).toMatch(/associate\('validateSheet', validateSheet\)/);
});

test('every image the manifest names exists in assets/ as a PNG of that size', () => {
  const urls = manifest.match(/https:\/\/localhost:3000\/assets\/[\w-]+\.png/g) || [];
  expect(urls.length).toBeGreaterThan(10);
  for (const u of urls) {
    const file = path.join(ROOT, 'assets', path.basename(u));
    const png = fs.readFileSync(file);
    expect(png.slice(1, 4).toString()).toBe('PNG');
    const size = Number((/-(\d+)\.png$/.exec(u) as RegExpExecArray)[1]);
    expect(png.readUInt32BE(16)).toBe(size);
    expect(png.readUInt32BE(20)).toBe(size);
  }
});
