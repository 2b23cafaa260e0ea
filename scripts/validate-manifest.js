#!/usr/bin/env node
/* global require, module, process, __dirname, console */
/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * `npm run validate`: checks manifest.xml OFFLINE against the official add-in manifest XSD
 * (OfficeApp 1.1 + task-pane VersionOverrides) with xmllint-wasm. The schemas are read from
 * ../shared/schemas/addin-manifest/ next to the project (never copied into it).
 * `office-addin-manifest validate` needs a Microsoft web service that intranets cannot reach.
 *
 * Usage: node scripts/validate-manifest.js [manifest.xml]   (exit 0 valid, 1 invalid, 2 schemas absent)
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const SCHEMA_DIR = path.resolve(ROOT, '..', 'shared', 'schemas', 'addin-manifest');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';
const ONLINE_ALTERNATIVE = 'npx office-addin-manifest validate manifest.xml';

/** The XSD files of `dir`, main schema first, or null when the folder or the main schema is absent. */
function loadSchemas(dir) {
  if (!fs.existsSync(path.join(dir, MAIN_SCHEMA))) return null;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.xsd'));
  const info = (f) => ({ fileName: f, contents: fs.readFileSync(path.join(dir, f), 'utf8') });
  return { main: info(MAIN_SCHEMA), others: files.filter((f) => f !== MAIN_SCHEMA).map(info) };
}

/**
 * Checks beyond the XSD that Office 2016 needs: no <Requirements> (an ExcelApi requirement would
 * hide the add-in there), https URLs only, no template placeholder host.
 */
function policyProblems(text) {
  const xml = text.replace(/<!--[\s\S]*?-->/g, '');
  const problems = [];
  if (/<Requirements[\s>]/.test(xml)) problems.push('manifest.xml 含有 <Requirements>：会让 Office 2016（ExcelApi 1.1）无法加载加载项，请改为运行时检测。');
  if (/contoso/i.test(xml)) problems.push('manifest.xml 仍含模板占位地址 contoso。');
  const urls = xml.match(/(?:DefaultValue|Value)="(http[^"]*)"/g) || [];
  for (const u of urls) if (/="http:\/\//.test(u)) problems.push(`Office 只从 https 加载加载项：${u}`);
  if (!/<Permissions>ReadWriteDocument<\/Permissions>/.test(xml)) problems.push('权限应为 ReadWriteDocument。');
  return problems;
}

/**
 * Validate manifest text. Resolves { ok, errors, schemaMissing }.
 * @param {string} xml manifest contents
 * @param {string} [schemaDir] folder of the XSDs (default ../shared/schemas/addin-manifest)
 */
async function validateManifest(xml, schemaDir = SCHEMA_DIR) {
  const schemas = loadSchemas(schemaDir);
  if (!schemas) return { ok: false, schemaMissing: true, errors: [] };
  const { validateXML } = require('xmllint-wasm');
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [schemas.main],
    preload: schemas.others,
  });
  const errors = result.errors.map((e) => e.rawMessage || e.message).concat(policyProblems(xml));
  return { ok: result.valid && errors.length === 0, schemaMissing: false, errors };
}

async function main() {
  const file = path.resolve(process.argv[2] || path.join(ROOT, 'manifest.xml'));
  const xml = fs.readFileSync(file, 'utf8');
  const r = await validateManifest(xml);
  if (r.schemaMissing) {
    console.error(`无法离线校验：没有找到清单架构 ${path.join(SCHEMA_DIR, MAIN_SCHEMA)}。`);
    console.error(`Offline check impossible: the manifest schemas are not in ${SCHEMA_DIR} (see shared/schemas/addin-manifest/README.md).`);
    console.error(`在线替代 / online alternative (needs Microsoft's web service): ${ONLINE_ALTERNATIVE}`);
    process.exit(2);
  }
  if (!r.ok) {
    console.error(`${file}: 无效 / INVALID`);
    for (const e of r.errors) console.error(`  ${e}`);
    process.exit(1);
  }
  console.log(`${file}: 有效 / valid (offline, ${MAIN_SCHEMA} from ${SCHEMA_DIR})`);
}

module.exports = { validateManifest, policyProblems, SCHEMA_DIR, ONLINE_ALTERNATIVE };

if (require.main === module) {
  main().catch((err) => {
    console.error(err && err.stack ? err.stack : String(err));
    process.exit(1);
  });
}
