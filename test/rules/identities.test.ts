/**
 * The identities derived from the format data equal, as sets, the `intra_table` identities written out
 * in shared/formats/formats.json, for both versions.
 */
import * as fs from 'fs';
import * as path from 'path';
import { cellKey, getFormat } from '../../src/formats';
import type { CellRef } from '../../src/formats';
import { formatIdentities } from '../../src/rules';

interface SpecIdentity { lhs: string[]; rhs: string[]; kind: string }
interface SpecTable { id: string; identities: SpecIdentity[] }
const spec: { versions: Array<{ id: string; tables: SpecTable[] }> } = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../../shared/formats/formats.json'), 'utf8'),
);

/** Order-free text of one identity: table, sorted left side, sorted right side. */
const canonical = (table: string, lhs: readonly string[], rhs: readonly string[]): string =>
  `${table} | ${[...lhs].sort().join(' + ')} = ${[...rhs].sort().join(' + ')}`;
const key = (ref: CellRef): string => cellKey(ref.row, ref.column);

describe.each(['2019', '2021'])('format %s', (id) => {
  const version = spec.versions.filter((v) => v.id === id)[0];
  const fromSpec = version.tables.flatMap((t) =>
    t.identities.filter((i) => i.kind === 'intra_table').map((i) => canonical(t.id, i.lhs, i.rhs)),
  );
  const derived = formatIdentities(getFormat(id)).map((i) => canonical(i.table, i.lhs.map(key), i.rhs.map(key)));

  test('derived identities = formats.json intra_table identities, as sets', () => {
    expect(new Set(derived).size).toBe(derived.length);
    expect([...derived].sort()).toEqual([...fromSpec].sort());
  });

  test('counts: 7 balances, 7 （七）总计 column sums, one row sum per data row of 表三, 3 表四 totals', () => {
    const rules = formatIdentities(getFormat(id)).map((i) => `${i.table}/${i.rule}`);
    const count = (r: string): number => rules.filter((x) => x === r).length;
    expect(count('t3_applications/balance')).toBe(7);
    expect(count('t3_applications/column-total')).toBe(7);
    expect(count('t3_applications/row-total')).toBe(id === '2019' ? 23 : 25);
    expect(count('t4_review_litigation/row-total')).toBe(3);
    expect(rules.filter((r) => r.indexOf('t2_') === 0)).toEqual([]);
  });
});
