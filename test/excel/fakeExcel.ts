/**
 * An in-memory workbook behind office-addin-mock objects, for unit tests of src/excel.
 *
 * Every proxy (worksheet, range, format, border…) is an `OfficeMockObject`: reading a property that
 * was not loaded and synced gives office-addin-mock's error string, so a host call that forgets a
 * load() reads garbage and the test sees it in the values. Around that, this fake adds what Excel
 * does and the mock does not:
 * - writes (property sets and method calls) are queued when made and carried out on the in-memory
 *   workbook at `context.sync()`, in the order they were queued — as Excel runs a batch;
 * - a proxy's loadable values are taken from the workbook when the proxy is created (the code under
 *   test creates and loads its proxies before queuing writes in the same batch);
 * - `context.sync()` calls are counted.
 * Only the Excel API members src/excel uses exist here.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { a1, columnLetters, parseA1 } from '../../src/grid/address';
import type { MergeRange } from '../../src/grid/types';
import type { SettingsLike } from '../../src/excel/markStore';

export type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight';
const EDGES: Edge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];

export interface Border {
  style: string;
  color: string;
  weight: string;
}

/** One cell of the in-memory workbook. `fill` null = no fill. */
export interface Cell {
  value: string | number | boolean | null;
  formula?: string;
  numberFormat: string;
  fill: string | null;
  fontColor: string;
  bold: boolean;
  fontName: string;
  fontSize: number;
  borders: Record<Edge, Border>;
  hAlign?: string;
  wrap?: boolean;
  locked: boolean;
  error?: string;
}

/** The WorksheetProtectionOptions of ExcelApi 1.2 (and 1.7's two) this fake keeps. */
const PROTECTION_OPTIONS = [
  'allowAutoFilter',
  'allowDeleteColumns',
  'allowDeleteRows',
  'allowFormatCells',
  'allowFormatColumns',
  'allowFormatRows',
  'allowInsertColumns',
  'allowInsertHyperlinks',
  'allowInsertRows',
  'allowPivotTables',
  'allowSort',
  'allowEditObjects',
  'allowEditScenarios',
];

const ERRORS = ['Error, property was not loaded', 'Error, context.sync() was not called'];
const isMockError = (v: unknown): boolean => typeof v === 'string' && ERRORS.indexOf(v) >= 0;

export function blankCell(): Cell {
  const none = (): Border => ({ style: 'None', color: '#000000', weight: 'Thin' });
  return {
    value: null,
    numberFormat: 'General',
    fill: null,
    fontColor: '#000000',
    bold: false,
    fontName: 'Calibri',
    fontSize: 11,
    borders: { EdgeTop: none(), EdgeBottom: none(), EdgeLeft: none(), EdgeRight: none() },
    locked: true,
  };
}

/** Sheet protection options as Excel keeps them (WorksheetProtectionOptions, ExcelApi 1.2). */
export type ProtectionOptions = Record<string, boolean | string | undefined>;

export class FakeSheet {
  readonly cells = new Map<string, Cell>();
  readonly merges: MergeRange[] = [];
  protected = false;
  /** The options the sheet was protected with (empty when never protected). */
  protectionOptions: ProtectionOptions = {};
  /** The protection password, or null: unprotect() without it fails, as in Excel. */
  password: string | null = null;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  readonly conditionalFormats: string[] = [];
  readonly validations: unknown[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly rowHeights = new Map<number, number>();
  frozen: string | null = null;
  printArea: string | null = null;

  constructor(
    public name: string,
    readonly id: string,
  ) {}

  cell(row: number, col: number): Cell {
    const k = `${row},${col}`;
    let c = this.cells.get(k);
    if (!c) {
      c = blankCell();
      this.cells.set(k, c);
    }
    return c;
  }

  /** Protect the sheet as a user would (Review → Protect Sheet), optionally with a password. */
  protect(options: ProtectionOptions, password: string | null = null): void {
    this.protected = true;
    this.protectionOptions = { ...options };
    this.password = password;
  }

  /** Excel refuses format changes on a protected sheet unless its options allow formatting cells. */
  assertFormattable(): void {
    if (this.protected && !this.protectionOptions.allowFormatCells) throw new Error(`AccessDenied: the sheet ${this.name} is protected`);
  }

  peek(address: string): Cell {
    const p = parseA1(address);
    return this.cells.get(`${p.row},${p.col}`) || blankCell();
  }

  /** Put values from A1 (or `top`,`left`): numbers, text, null. */
  fill(rows: ReadonlyArray<ReadonlyArray<string | number | null>>, top = 0, left = 0): void {
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v !== null && v !== '') this.cell(top + i, left + j).value = v;
      }),
    );
  }

  /** The area holding every non-empty cell (Excel's used range), or A1 when the sheet is empty. */
  usedArea(): MergeRange {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    this.cells.forEach((c, k) => {
      if (c.value === null && c.formula === undefined && c.error === undefined) return;
      const [r, col] = k.split(',').map(Number);
      top = Math.min(top, r);
      left = Math.min(left, col);
      bottom = Math.max(bottom, r);
      right = Math.max(right, col);
    });
    return bottom < 0 ? { top: 0, left: 0, bottom: 0, right: 0 } : { top, left, bottom, right };
  }
}

/** Parse 'A1', 'A1:C3', 'C:C', '3:3' (sheet-less) into an area; whole columns/rows span 0..max. */
function parseArea(address: string): MergeRange {
  const local = address.indexOf('!') >= 0 ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [from, to] = local.split(':');
  const col = /^([A-Z]+)$/.exec(from);
  if (col) {
    const c1 = parseA1(`${from}1`).col;
    const c2 = parseA1(`${to}1`).col;
    return { top: 0, left: c1, bottom: 1048575, right: c2 };
  }
  const row = /^(\d+)$/.exec(from);
  if (row) return { top: Number(from) - 1, left: 0, bottom: Number(to) - 1, right: 16383 };
  const a = parseA1(from);
  const b = parseA1(to || from);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

function areaAddress(a: MergeRange): string {
  return a.top === a.bottom && a.left === a.right ? a1(a.top, a.left) : `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  active = 0;
  syncs = 0;
  /** Excel.run calls. */
  runs = 0;
  selected: string | null = null;
  readonly settingsStore = new Map<string, unknown>();
  settingsSaves = 0;
  private queue: Array<() => void> = [];
  private proxies: OfficeMockObject[] = [];
  /** Collection loads settle at the sync (collection.items is unreadable before, as in Office.js). */
  private afterSync: Array<() => void> = [];
  private syncing = false;
  private nextId = 1;

  addSheet(name: string, rows?: ReadonlyArray<ReadonlyArray<string | number | null>>): FakeSheet {
    const s = new FakeSheet(name, `{SHEET-${this.nextId++}}`);
    if (rows) s.fill(rows);
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.filter((x) => x.name === name)[0];
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** Office.context.document.settings. */
  settings(): SettingsLike {
    return {
      get: (k: string) => (this.settingsStore.has(k) ? JSON.parse(JSON.stringify(this.settingsStore.get(k))) : null),
      set: (k: string, v: unknown) => {
        this.settingsStore.set(k, JSON.parse(JSON.stringify(v)));
      },
      saveAsync: (cb?: (r: Office.AsyncResult<void>) => void) => {
        this.settingsSaves++;
        if (cb) cb({ status: 'succeeded' } as unknown as Office.AsyncResult<void>);
      },
    };
  }

  /** Excel.run over this workbook. */
  run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs++;
    this.queue = [];
    this.proxies = [];
    this.afterSync = [];
    return batch(this.context() as unknown as Excel.RequestContext);
  };

  private enqueue(action: () => void): void {
    if (!this.syncing) this.queue.push(action);
  }

  /** Makes `props` of `obj` queue a write (run at sync) when the code under test sets them. */
  private writable(obj: OfficeMockObject, props: string[], apply: (prop: string, value: unknown) => void): void {
    const target = obj as unknown as Record<string, unknown>;
    for (const prop of props) {
      let current = target[prop];
      Object.defineProperty(target, prop, {
        configurable: true,
        enumerable: true,
        get: () => current,
        set: (v: unknown) => {
          current = v;
          if (!this.syncing && !isMockError(v)) this.enqueue(() => apply(prop, v));
        },
      });
    }
  }

  private mock<T extends object>(data: T): OfficeMockObject {
    const m = new OfficeMockObject(data);
    this.proxies.push(m);
    return m;
  }

  private async sync(): Promise<void> {
    this.syncs++;
    const actions = this.queue;
    const settle = this.afterSync;
    this.queue = [];
    this.afterSync = [];
    // Excel runs a batch in order and stops at the first failing action (earlier ones stay done).
    for (const a of actions) a();
    this.syncing = true;
    try {
      for (const p of this.proxies) await p.sync();
      // office-addin-mock settles nested properties in later microtasks.
      await new Promise((r) => setTimeout(r, 0));
    } finally {
      this.syncing = false;
    }
    for (const f of settle) f();
  }

  private context(): object {
    return {
      workbook: { worksheets: this.worksheetsProxy() },
      sync: () => this.sync(),
    };
  }

  private worksheetsProxy(): object {
    const items = () => this.sheets.map((s) => this.sheetProxy(s));
    let loadedItems: OfficeMockObject[] | null = null;
    const collection = {
      get items(): OfficeMockObject[] {
        // Office.js: the items of a collection exist only after load() and context.sync().
        if (loadedItems === null) throw new Error('PropertyNotLoaded: worksheets.items (load, then context.sync())');
        return loadedItems;
      },
      load: (what: string) => {
        // 'items/name,items/id,items/protection/protected' → each sheet proxy loads 'name,id,protection/protected'
        const props = what
          .split(',')
          .map((s) => s.trim().replace(/^items\//, ''))
          .join(',');
        const pending = items();
        for (const p of pending) p.load(props);
        this.afterSync.push(() => (loadedItems = pending));
      },
      getItem: (key: string) => {
        const s = this.sheets.filter((x) => x.name === key || x.id === key)[0];
        if (!s) {
          this.enqueue(() => {
            throw new Error(`ItemNotFound: ${key}`);
          });
          return this.sheetProxy(new FakeSheet(key, 'missing'));
        }
        return this.sheetProxy(s);
      },
      getActiveWorksheet: () => this.sheetProxy(this.sheets[this.active]),
      add: (name: string) => {
        if (this.sheets.some((x) => x.name.toLowerCase() === name.toLowerCase())) throw new Error(`A sheet named ${name} exists`);
        const s = new FakeSheet(name, `{SHEET-${this.nextId++}}`);
        this.enqueue(() => this.sheets.push(s));
        return this.sheetProxy(s);
      },
    };
    return collection;
  }

  private sheetProxy(s: FakeSheet): OfficeMockObject {
    const options: ProtectionOptions = {};
    for (const k of PROTECTION_OPTIONS) options[k] = s.protectionOptions[k] === undefined ? false : s.protectionOptions[k];
    const protection = this.mock({
      protected: s.protected,
      options,
      protect: (given?: ProtectionOptions, password?: string) =>
        this.enqueue(() => {
          if (s.protected) throw new Error(`InvalidOperation: the sheet ${s.name} is already protected`);
          const kept: ProtectionOptions = {};
          for (const k of PROTECTION_OPTIONS) if (given && given[k] !== undefined) kept[k] = given[k];
          s.protect(kept, password === undefined ? null : password);
        }),
      unprotect: (password?: string) =>
        this.enqueue(() => {
          if (s.protected && s.password !== null && password !== s.password) throw new Error(`InvalidArgument: the password of ${s.name} is required`);
          s.protected = false;
          s.password = null;
        }),
    });
    const pageLayout = this.mock({
      orientation: 'Portrait',
      paperSize: 'Letter',
      centerHorizontally: false,
      zoom: {},
      leftMargin: 0,
      rightMargin: 0,
      topMargin: 0,
      bottomMargin: 0,
      headerMargin: 0,
      footerMargin: 0,
      setPrintArea: (a: string) => this.enqueue(() => (s.printArea = a)),
    });
    const proxy = this.mock({
      name: s.name,
      id: s.id,
      visibility: s.visibility,
      getUsedRange: () => this.rangeProxy(s, s.usedArea()),
      getRange: (address: string) => this.rangeProxy(s, parseArea(address)),
      activate: () => this.enqueue(() => (this.active = this.sheets.indexOf(s))),
      horizontalPageBreaks: { add: () => undefined },
      freezePanes: {
        freezeRows: (n: number) => this.enqueue(() => (s.frozen = `rows:${n}`)),
        freezeColumns: (n: number) => this.enqueue(() => (s.frozen = `cols:${n}`)),
        freezeAt: () => this.enqueue(() => (s.frozen = 'at')),
      },
    });
    (proxy as unknown as Record<string, unknown>).protection = protection;
    (proxy as unknown as Record<string, unknown>).pageLayout = pageLayout;
    (proxy as unknown as { _properties: Map<string, unknown> })._properties.set('protection', protection);
    return proxy;
  }

  private forCells(s: FakeSheet, area: MergeRange, fn: (c: Cell, r: number, col: number) => void): void {
    const bottom = Math.min(area.bottom, area.top + 2000);
    const right = Math.min(area.right, area.left + 300);
    for (let r = area.top; r <= bottom; r++) for (let c = area.left; c <= right; c++) fn(s.cell(r, c), r, c);
  }

  private rangeProxy(s: FakeSheet, area: MergeRange): OfficeMockObject {
    const wholeColumns = area.bottom === 1048575;
    const wholeRows = area.right === 16383;
    const rows = wholeColumns || wholeRows ? 1 : area.bottom - area.top + 1;
    const cols = wholeColumns || wholeRows ? 1 : area.right - area.left + 1;
    const matrix = <T>(f: (c: Cell) => T): T[][] => {
      const out: T[][] = [];
      for (let r = 0; r < rows; r++) {
        const line: T[] = [];
        for (let c = 0; c < cols; c++) {
          const cell = s.cells.get(`${area.top + r},${area.left + c}`) || blankCell();
          line.push(f(cell));
        }
        out.push(line);
      }
      return out;
    };
    const tl = s.cells.get(`${area.top},${area.left}`) || blankCell();
    const borderProxy = (edge: string) => {
      const b = EDGES.indexOf(edge as Edge) >= 0 ? tl.borders[edge as Edge] : { style: 'None', color: '#000000', weight: 'Thin' };
      const bp = this.mock({ style: b.style, color: b.color, weight: b.weight });
      this.writable(bp, ['style', 'color', 'weight'], (prop, v) =>
        this.forCells(s, area, (c, r, col) => {
          const edges: Edge[] = [];
          if (edge === 'EdgeTop' && r === area.top) edges.push('EdgeTop');
          if (edge === 'EdgeBottom' && r === area.bottom) edges.push('EdgeBottom');
          if (edge === 'EdgeLeft' && col === area.left) edges.push('EdgeLeft');
          if (edge === 'EdgeRight' && col === area.right) edges.push('EdgeRight');
          if (edge === 'InsideHorizontal') {
            if (r > area.top) edges.push('EdgeTop');
            if (r < area.bottom) edges.push('EdgeBottom');
          }
          if (edge === 'InsideVertical') {
            if (col > area.left) edges.push('EdgeLeft');
            if (col < area.right) edges.push('EdgeRight');
          }
          s.assertFormattable();
          for (const e of edges) (c.borders[e] as unknown as Record<string, unknown>)[prop] = v;
        }),
      );
      return bp;
    };
    const fill = this.mock({
      color: tl.fill === null ? '#FFFFFF' : tl.fill,
      pattern: tl.fill === null ? 'None' : 'Solid',
      clear: () =>
        this.enqueue(() => {
          s.assertFormattable();
          this.forCells(s, area, (c) => (c.fill = null));
        }),
    });
    this.writable(fill, ['color'], (_p, v) => {
      s.assertFormattable();
      this.forCells(s, area, (c) => (c.fill = String(v)));
    });
    const font = this.mock({ color: tl.fontColor, bold: tl.bold, name: tl.fontName, size: tl.fontSize });
    this.writable(font, ['color', 'bold', 'name', 'size'], (p, v) => {
      s.assertFormattable();
      this.forCells(s, area, (c) => {
        if (p === 'color') c.fontColor = String(v);
        if (p === 'bold') c.bold = !!v;
        if (p === 'name') c.fontName = String(v);
        if (p === 'size') c.fontSize = Number(v);
      });
    });
    const protection = this.mock({ locked: tl.locked });
    this.writable(protection, ['locked'], (_p, v) => this.forCells(s, area, (c) => (c.locked = !!v)));
    const format = this.mock({
      horizontalAlignment: tl.hAlign || 'General',
      verticalAlignment: 'Bottom',
      wrapText: !!tl.wrap,
      columnWidth: 48,
      rowHeight: 15,
      autofitRows: () => undefined,
      borders: { getItem: borderProxy },
    });
    this.writable(format, ['horizontalAlignment', 'verticalAlignment', 'wrapText', 'columnWidth', 'rowHeight'], (p, v) => {
      if (p === 'columnWidth') for (let c = area.left; c <= Math.min(area.right, area.left + 300); c++) s.columnWidths.set(c, Number(v));
      else if (p === 'rowHeight') for (let r = area.top; r <= Math.min(area.bottom, area.top + 2000); r++) s.rowHeights.set(r, Number(v));
      else this.forCells(s, area, (c) => (p === 'wrapText' ? (c.wrap = !!v) : p === 'horizontalAlignment' ? (c.hAlign = String(v)) : undefined));
    });
    const fr = format as unknown as Record<string, unknown>;
    fr.fill = fill;
    fr.font = font;
    fr.protection = protection;
    const fp = (format as unknown as { _properties: Map<string, unknown> })._properties;
    fp.set('fill', fill);
    fp.set('font', font);
    const range = this.mock({
      address: `${s.name}!${areaAddress(area)}`,
      rowIndex: area.top,
      columnIndex: area.left,
      rowCount: rows,
      columnCount: cols,
      values: matrix((c) => (c.error ? c.error : c.value === null ? '' : c.value)),
      formulas: matrix((c) => (c.formula !== undefined ? `=${c.formula}` : c.value === null ? '' : c.value)),
      valueTypes: matrix((c) => (c.error ? 'Error' : c.value === null ? 'Empty' : typeof c.value === 'number' ? 'Double' : typeof c.value === 'boolean' ? 'Boolean' : 'String')),
      numberFormat: matrix((c) => c.numberFormat),
      merge: () => this.enqueue(() => s.merges.push(area)),
      select: () => this.enqueue(() => (this.selected = `${s.name}!${areaAddress(area)}`)),
      conditionalFormats: {
        add: () => {
          const cf = this.mock({ custom: { rule: { formula: '' }, format: { fill: { color: '' }, font: { color: '' } } } });
          const rule = (cf as unknown as { custom: { rule: OfficeMockObject } }).custom.rule;
          this.writable(rule, ['formula'], (_p, v) => s.conditionalFormats.push(`${areaAddress(area)} ${String(v)}`));
          return cf;
        },
      },
      getMergedAreasOrNullObject: () => {
        const inside = s.merges.filter((m) => m.top >= area.top && m.bottom <= area.bottom && m.left >= area.left && m.right <= area.right);
        const merged = this.mock({
          isNullObject: inside.length === 0,
          areas: { items: inside.map((m) => ({ rowIndex: m.top, columnIndex: m.left, rowCount: m.bottom - m.top + 1, columnCount: m.right - m.left + 1 })) },
        });
        // office-addin-mock cannot navigate into an array ('areas/items/rowIndex'): load the list itself.
        const plainLoad = merged.load.bind(merged);
        (merged as unknown as { load: (what: string) => void }).load = () => {
          plainLoad('isNullObject');
          (merged as unknown as { areas: OfficeMockObject }).areas.load('items');
        };
        return merged;
      },
    });
    const rr = range as unknown as Record<string, unknown>;
    rr.format = format;
    (range as unknown as { _properties: Map<string, unknown> })._properties.set('format', format);
    const dv = this.mock({ rule: {}, ignoreBlanks: true, errorAlert: {} });
    this.writable(dv, ['rule'], (_p, v) => s.validations.push({ area: areaAddress(area), rule: v }));
    rr.dataValidation = dv;
    this.writable(range, ['values', 'formulas', 'numberFormat', 'columnHidden'], (p, v) => {
      if (p === 'columnHidden') {
        for (let c = area.left; c <= area.right && c <= area.left + 300; c++) if (v) s.hiddenColumns.add(c);
        return;
      }
      const m = v as unknown[][];
      this.forCells(s, area, (c, r, col) => {
        const x = m[r - area.top] ? m[r - area.top][col - area.left] : undefined;
        if (x === undefined) return;
        if (p === 'numberFormat') c.numberFormat = String(x);
        else if (p === 'formulas') {
          if (typeof x === 'string' && x.charAt(0) === '=' && c.numberFormat !== '@') c.formula = x.slice(1);
          else c.value = x as Cell['value'];
        } else if (x !== null) {
          // Excel: null leaves a cell as it is; '' empties it; text in a '@' cell stays text.
          if (typeof x === 'string' && x.charAt(0) === '=' && c.numberFormat !== '@') c.formula = x.slice(1);
          else c.value = x === '' ? null : (x as Cell['value']);
        }
      });
    });
    return range;
  }
}

/** A1 address of every cell with a non-default fill on `sheet`. */
export function filledCells(sheet: FakeSheet): string[] {
  const out: string[] = [];
  sheet.cells.forEach((c, k) => {
    if (c.fill !== null) {
      const [r, col] = k.split(',').map(Number);
      out.push(a1(r, col));
    }
  });
  return out.sort();
}

export { columnLetters };
