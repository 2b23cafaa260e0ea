# One-off generator: shared/formats/formats.json -> src/formats/format20XX.ts (reviewed, then committed).
import json, sys
d = json.load(open('../shared/formats/formats.json'))
def q(s): return json.dumps(s, ensure_ascii=False)
for v in d['versions']:
    fid = v['id']
    out = []
    out.append("import type { FormatDef } from './types';\n")
    out.append("/**\n * Format %s: %s\n * %s\n * Labels copied verbatim from shared/formats/formats.md (checked against formats.json by test/formats).\n */" % (fid, v['source'], v['document']))
    out.append("export const format%s: FormatDef = {" % fid)
    out.append("  id: %s," % q(fid))
    out.append("  source: %s," % q(v['source']))
    out.append("  document: %s," % q(v['document']))
    if fid == '2019':
        out.append("  firstReportYear: 2019,\n  lastReportYear: 2020,")
    else:
        out.append("  firstReportYear: 2021,")
    out.append("  sectionHeadings: [%s]," % ', '.join(q(h) for h in v['section_headings']))
    out.append("  tables: [")
    for t in v['tables']:
        out.append("    {")
        out.append("      id: %s," % q(t['id']))
        out.append("      section: %s," % q(t['section']))
        out.append("      title: %s," % q(t['title']))
        out.append("      columns: [")
        for c in t['columns']:
            if t['id'].startswith('t3') and c['code'] == 'c_rowhead':
                continue  # the note is the table's balance, not a column
            parts = ["code: %s" % q(c['code']), "label: %s" % q(c['label'])]
            if c.get('parent'): parts.append("parent: %s" % q(c['parent']))
            parts.append("isData: %s" % ('true' if c['is_data'] else 'false'))
            if c['is_data']:
                code = c['code']
                if code == 'c_delta': kind, unit = 'signedCount', '项'
                elif code in ('c_fee_amount', 'c_proc_amount'): kind, unit = 'amount', '万元'
                elif code in ('c_prev_items', ): kind, unit = 'count', '项'
                else: kind, unit = 'count', '件'
                parts.append("kind: %s" % q(kind)); parts.append("unit: %s" % q(unit))
                if c['label'] == '总计': parts.append("isTotal: true")
            out.append("        { %s }," % ', '.join(parts))
        out.append("      ],")
        out.append("      rows: [")
        for r in t['rows']:
            parts = ["code: %s" % q(r['code']), "label: %s" % q(r['label'])]
            if r.get('parent'): parts.append("parent: %s" % q(r['parent']))
            parts.append("isData: %s" % ('true' if r['is_data'] else 'false'))
            if r['code'] == 'r3_7_total': parts.append("isTotal: true")
            out.append("        { %s }," % ', '.join(parts))
        out.append("      ],")
        if t['id'].startswith('t3'):
            note = [c for c in t['columns'] if c['code']=='c_rowhead'][0]['label']
            out.append("      balance: {\n        note: %s,\n        lhs: ['r1_new', 'r2_carryin'],\n        rhs: ['r3_7_total', 'r4_carryout'],\n      }," % q(note))
        out.append("    },")
    out.append("  ],\n};\n")
    open('src/formats/format%s.ts' % fid, 'w').write('\n'.join(out))
