import { recognizeWorkbook } from '../../src/recognize';
import { loadExample } from './examples';
import { sheet } from './gridBuilder';
import { writeOfficial } from './layouts';

describe('smoke', () => {
  it('runs', () => {
    const ex = loadExample('huaian-2024');
    const b = sheet('年报');
    writeOfficial(b, ex.format, ex.figures, { unit: '淮安市人民政府', year: 2024 });
    const res = recognizeWorkbook([b.build()]);
    console.log(res.issues, res.reports.map(r=>[r.format,r.unit,r.year,r.sheets]));
    for (const r of res.reports) for (const i of r.issues) console.log(i.message);
    for (const r of res.reports) for (const t of r.tables) console.log(t.table, Object.keys(t.cells).length, t.missing);
  });
});
