/**
 * Consolidation: many departmental reports → one city-level report (全市汇总), a breakdown (汇总明细)
 * and a source list (来源清单). Design: shared/design.md, job 3; issue 3.
 *
 * Streaming: `add` keeps only what the outputs need of each input (its source line and one typed array
 * of values, i.e. its breakdown row), so the host can read, recognise, add and release one file at a
 * time. `finish` decides duplicates and statuses, sums, checks and returns plain data.
 *
 * Decisions (the issue is silent on them):
 * - A summed figure is blank only when every included input leaves it blank (or lacks it); otherwise
 *   blanks count as 0 (as the rules read them). Figures missing from a sheet count as blank and are
 *   counted per input in the source list.
 * - A cell holding something that is not a number (text, #REF!, a formula without a cached result) is
 *   an error of its input, never a silent 0: under includeInvalid it is summed as blank, and the figure
 *   is flagged (invalidUnits) like every figure the input has a value in — it is the one most likely wrong.
 * - Identical content means the same SHA-256 of the file bytes and the same sheet(s). Equal figures
 *   under different unit names are reported as a notice, not a duplicate: many small offices
 *   legitimately report all zeros.
 * - Unreadable inputs never take part in duplicate detection: a broken re-send of a unit's file (or an
 *   unreadable copy under the same name) is listed as unreadable, and the readable report of that unit
 *   is summed; with preferLatest a newer broken copy does not push the valid report out, and without
 *   it a broken copy does not stop the run. (Its unit still counts as arrived for the expected units.)
 * - Format and year mismatches are checked over every readable input that is not a superseded
 *   duplicate, invalid or not: a file on the wrong format must be fixed whether or not it is summed.
 *   Inputs whose year was not recognised are not compared (a notice names them).
 */
import { refKey } from '../formats';
import type { FormatId } from '../formats/types';
import { cleanText, quoteCellText } from '../grid/cellText';
import type { Finding, ReportFigures, CellReading } from '../rules/types';
import { ConsolidationError, ConsolidationRefusedError, SummaryInvalidError } from './errors';
import { ExactSum, PrecisionError } from './exactSum';
import { figureIndex } from './figureIndex';
import { chooseUnitName, unitKey, fileBaseName, MAX_COPIED_TEXT } from './unitName';
import type {
  Breakdown,
  BreakdownRow,
  ConsolidationInput,
  ConsolidationNotice,
  ConsolidationOptions,
  ConsolidationResult,
  DuplicateGroup,
  ExpectedUnitsCheck,
  InputGroup,
  SourceEntry,
  SourceFacts,
  SourceStatus,
  SummaryFigure,
  UnreadableInput,
} from './types';

/** Validation of the summed figures (the rules' validateFigures), injected to keep this module free of rule details. */
export type ValidateFigures = (figures: ReportFigures) => readonly Finding[];

/** States of one figure of one input; 0 (the typed array's initial value) means absent from the sheet. */
const BLANK = 1;
const VALUE = 2;
/** The cell holds something that is not a number: no value, the input has an error, the figure is flagged. */
const UNREADABLE = 3;

/** What is kept of one input: the facts of its source line, and for a readable input its figures. */
interface Held {
  readonly facts: SourceFacts;
  /** Set for unreadable inputs. */
  readonly unreadable?: { reason: string; reasonEn: string };
  readonly values?: Float64Array;
  readonly states?: Uint8Array;
  /** Text found in the cells whose state is UNREADABLE, by position; absent when none. */
  readonly unreadableTexts?: Readonly<Record<number, string>>;
  /** Keys of the figures named by this input's error findings. */
  readonly suspect?: readonly string[];
}

const MAX_FIRST_ERRORS = 3;

/**
 * Accumulates inputs, then produces the consolidation.
 *
 * ```ts
 * const c = new Consolidator({ includeInvalid: false }, (f) => validateFigures(f, { lang: 'zh' }));
 * for (const input of inputs) c.add(input);   // one at a time; the input can be released afterwards
 * const result = c.finish();                  // throws ConsolidationError
 * ```
 * (`createConsolidator(options)` in ./index wires the rules' validation in.)
 */
export class Consolidator {
  private readonly held: Held[] = [];
  private readonly options: ConsolidationOptions;
  private readonly validate: ValidateFigures;

  constructor(options: ConsolidationOptions, validate: ValidateFigures) {
    this.options = options;
    this.validate = validate;
  }

  /** Number of inputs added (readable or not). */
  get size(): number {
    return this.held.length;
  }

  /**
   * Adds one recognised and validated report. Keeps its values and source line, nothing else
   * (the report, grids and findings may be released by the caller).
   */
  add(input: ConsolidationInput): void {
    const report = input.report;
    const sheet = input.sheet !== undefined ? input.sheet : report.sheets.join('、');
    const name = chooseUnitName({ unit: input.unit, reportUnit: report.unit, file: input.file, sheet });
    const index = this.held.length + 1;
    const unit = name.name || `（未命名 #${index}）`;
    const figures = figureIndex(report.format);
    const n = figures.columns.length;
    const values = new Float64Array(n);
    const states = new Uint8Array(n);
    const errorFindings = input.findings.filter((f) => f.severity === 'error');
    const errorIssues = report.issues.filter((i) => i.severity === 'error');
    const suspect: string[] = [];
    const named: Record<string, boolean> = {};
    for (const f of errorFindings) {
      for (const c of f.cells) {
        const key = refKey(c.ref);
        suspect.push(key);
        named[key] = true;
      }
    }
    let missing = 0;
    const unreadableValues: string[] = [];
    let unreadableTexts: Record<number, string> | undefined;
    for (let i = 0; i < n; i++) {
      const key = figures.columns[i].key;
      const reading: CellReading | undefined = input.figures.cells[key];
      if (!reading) {
        missing++;
        continue;
      }
      const isNumber = typeof reading.value === 'number' && isFinite(reading.value);
      if (reading.invalid || (reading.value !== null && !isNumber)) {
        // Text, #REF!, a formula without a cached result…: never read as 0. Summed as blank when the
        // input is included anyway, and then flagged like the figures it has values in.
        states[i] = UNREADABLE;
        const found = quoteCellText(String(reading.raw !== undefined ? reading.raw : reading.value));
        (unreadableTexts = unreadableTexts || {})[i] = found;
        // The rules name such a cell in an error finding; if the host's findings do not, it is counted here.
        if (!named[key]) unreadableValues.push(`${reading.address || key}：${found}`);
      } else if (reading.value === null) {
        states[i] = BLANK;
      } else {
        states[i] = VALUE;
        values[i] = reading.value as number;
      }
    }
    const firstErrors = errorFindings
      .map((f) => f.message)
      .concat(errorIssues.map((i) => i.message))
      .concat(unreadableValues.map((v) => `不是数字：${v}`))
      .slice(0, MAX_FIRST_ERRORS);
    this.held.push({
      facts: {
        index,
        file: input.file,
        sheet,
        unit,
        unitSource: name.source,
        unitKey: unitKey(unit),
        format: report.format,
        year: report.year,
        sha256: input.sha256,
        modified: input.modified,
        errors: errorFindings.length + errorIssues.length + unreadableValues.length,
        warnings: input.findings.length - errorFindings.length + report.issues.length - errorIssues.length,
        missingFigures: missing,
        firstErrors,
      },
      values,
      states,
      unreadableTexts,
      suspect,
    });
  }

  /** Adds an input that could not be read or holds no official table: listed in the sources, never summed. */
  addUnreadable(input: UnreadableInput): void {
    const index = this.held.length + 1;
    const name = chooseUnitName({ file: input.file, sheet: input.sheet });
    const unit = name.name || `（未命名 #${index}）`;
    this.held.push({
      facts: {
        index,
        file: input.file,
        sheet: input.sheet,
        unit,
        unitSource: name.source,
        unitKey: unitKey(unit),
        sha256: input.sha256,
        modified: input.modified,
        errors: 1,
        warnings: 0,
        missingFigures: 0,
        firstErrors: [input.reason],
      },
      unreadable: { reason: input.reason, reasonEn: input.reasonEn },
    });
  }

  /**
   * Decides duplicates and statuses, checks formats and years, sums the included inputs by identity,
   * builds the breakdown (its total row is checked when it is planned for writing: `breakdownPlan`),
   * validates the summary.
   * @throws ConsolidationRefusedError for mixed formats or years, or duplicates without preferLatest.
   * @throws ConsolidationError 'nothing-to-sum' when no input can be summed; 'precision' when a sum
   *   cannot be held exactly.
   * @throws SummaryInvalidError when the summary fails validation although every included input passes.
   */
  finish(): ConsolidationResult {
    const options = this.options;
    const held = this.held;
    const now = options.now || new Date();
    const duplicates = findDuplicates(held.filter((h) => !h.unreadable));
    const superseded: Record<number, number> = {};
    if (options.preferLatest) resolveDuplicates(held, duplicates, superseded);
    const live = held.filter((h) => !h.unreadable && superseded[h.facts.index] === undefined);

    const formats = groupBy(live, (h) => h.facts.format as FormatId);
    const expectedFormat: FormatId | undefined = options.format || pickMajority(formats, (a, b) => (a > b ? -1 : 1));
    const years = groupBy(
      live.filter((h) => h.facts.year !== undefined),
      (h) => h.facts.year as number,
    );
    const expectedYear = options.year !== undefined ? options.year : pickMajority(years, (a, b) => b - a);

    const sources = held.map((h) => sourceEntry(h, options, superseded, held));
    const formatsOdd = formats.length > 1 || (formats.length === 1 && formats[0].value !== expectedFormat);
    const yearsOdd = years.length > 1 || (years.length === 1 && years[0].value !== expectedYear);
    const unresolved = options.preferLatest ? [] : duplicates;
    if (formatsOdd || yearsOdd || unresolved.length > 0) {
      throw refusal(formatsOdd ? formats : [], yearsOdd ? years : [], unresolved, expectedFormat, expectedYear, sources);
    }
    const included = held.filter((h) => {
      const s = sources[h.facts.index - 1].status;
      return s === 'included' || s === 'included-invalid';
    });
    if (included.length === 0 || expectedFormat === undefined) {
      throw new ConsolidationError(
        'nothing-to-sum',
        held.length === 0 ? '没有可汇总的报表：未提供任何输入。' : `没有可汇总的报表：${held.length} 个输入均无法读取或有错误（见来源清单）。`,
        held.length === 0 ? 'Nothing to consolidate: no input given.' : `Nothing to consolidate: all ${held.length} inputs are unreadable or invalid (see the source list).`,
        sources,
      );
    }

    const { figures, summary } = sumFigures(expectedFormat, included, sources);
    const breakdown = buildBreakdown(expectedFormat, included, sources);

    const summaryFindings = this.validate(summary);
    const anyInvalid = included.some((h) => h.facts.errors > 0);
    if (!anyInvalid && summaryFindings.some((f) => f.severity === 'error')) {
      throw new SummaryInvalidError(
        summaryFindings.filter((f) => f.severity === 'error'),
        sources,
      );
    }

    return {
      format: expectedFormat,
      year: expectedYear,
      consolidatedAt: now.toISOString(),
      summary,
      figures,
      summaryFindings,
      breakdown,
      sources,
      duplicates: options.preferLatest ? duplicates : [],
      expected: options.expectedUnits ? checkExpected(options.expectedUnits, held) : undefined,
      notices: notices(held, included, sources),
    };
  }
}

/** Groups of inputs that are the same unit or the same file, among `readable` (unreadable inputs are left out by the caller). */
function findDuplicates(readable: readonly Held[]): DuplicateGroup[] {
  const byContent: Record<string, number[]> = {};
  const byUnit: Record<string, number[]> = {};
  for (const h of readable) {
    if (h.facts.sha256) (byContent[`${h.facts.sha256}\n${h.facts.sheet || ''}`] = byContent[`${h.facts.sha256}\n${h.facts.sheet || ''}`] || []).push(h.facts.index);
    if (h.facts.unitKey) (byUnit[h.facts.unitKey] = byUnit[h.facts.unitKey] || []).push(h.facts.index);
  }
  const groups: DuplicateGroup[] = [];
  const contentSets: string[] = [];
  for (const key of Object.keys(byContent)) {
    const sources = byContent[key];
    if (sources.length < 2) continue;
    contentSets.push(sources.join(','));
    groups.push({ kind: 'content', key: key.split('\n')[0], sources });
  }
  for (const key of Object.keys(byUnit)) {
    const sources = byUnit[key];
    // A copy of the same file is one problem, not two: report it as content only.
    if (sources.length < 2 || contentSets.indexOf(sources.join(',')) >= 0) continue;
    groups.push({ kind: 'unit', key, sources });
  }
  return groups;
}

/**
 * preferLatest: inputs linked by any duplicate relation form one component; its latest input wins
 * (largest `modified`; equal or unknown times: the one added last). Fills `superseded` (loser → winner)
 * and sets `kept` on each group.
 */
function resolveDuplicates(held: readonly Held[], groups: DuplicateGroup[], superseded: Record<number, number>): void {
  const parent: Record<number, number> = {};
  const find = (x: number): number => {
    while (parent[x] !== undefined && parent[x] !== x) x = parent[x];
    return x;
  };
  for (const g of groups) for (const s of g.sources) if (parent[s] === undefined) parent[s] = s;
  for (const g of groups) for (let i = 1; i < g.sources.length; i++) parent[find(g.sources[i])] = find(g.sources[0]);
  const later = (a: Held, b: Held): boolean => {
    const ta = a.facts.modified !== undefined ? a.facts.modified : -Infinity;
    const tb = b.facts.modified !== undefined ? b.facts.modified : -Infinity;
    return ta !== tb ? ta > tb : a.facts.index > b.facts.index;
  };
  const winner: Record<number, number> = {};
  for (const key of Object.keys(parent)) {
    const s = Number(key);
    const root = find(s);
    const w = winner[root];
    if (w === undefined || later(held[s - 1], held[w - 1])) winner[root] = s;
  }
  for (const key of Object.keys(parent)) {
    const s = Number(key);
    const w = winner[find(s)];
    if (w !== s) superseded[s] = w;
  }
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    const w = winner[find(g.sources[0])];
    groups[i] = { kind: g.kind, key: g.key, sources: g.sources, kept: g.sources.indexOf(w) >= 0 ? w : undefined };
  }
}

function groupBy<T extends string | number>(items: readonly Held[], value: (h: Held) => T): Array<InputGroup<T>> {
  const out: Array<{ value: T; sources: number[]; units: string[] }> = [];
  for (const h of items) {
    const v = value(h);
    let g = out.filter((x) => x.value === v)[0];
    if (!g) out.push((g = { value: v, sources: [], units: [] }));
    g.sources.push(h.facts.index);
    g.units.push(h.facts.unit);
  }
  // Largest group first: the others are the odd ones.
  return out.sort((a, b) => b.sources.length - a.sources.length);
}

/** The value of the largest group; ties broken by `tieOrder` (2021 before 2019, later year first). */
function pickMajority<T>(groups: ReadonlyArray<InputGroup<T>>, tieOrder: (a: T, b: T) => number): T | undefined {
  if (groups.length === 0) return undefined;
  const top = groups.filter((g) => g.sources.length === groups[0].sources.length).map((g) => g.value);
  return top.sort(tieOrder)[0];
}

function sourceEntry(h: Held, options: ConsolidationOptions, superseded: Record<number, number>, held: readonly Held[]): SourceEntry {
  let status: SourceStatus;
  let reason: string | undefined;
  let reasonEn: string | undefined;
  const keptBy = superseded[h.facts.index];
  if (h.unreadable) {
    status = 'unreadable';
    reason = h.unreadable.reason;
    reasonEn = h.unreadable.reasonEn;
  } else if (keptBy !== undefined) {
    const w = held[keptBy - 1];
    const sameFile = !!h.facts.sha256 && h.facts.sha256 === w.facts.sha256;
    status = 'excluded-duplicate';
    reason = `与第 ${w.facts.index} 项重复（${sameFile ? '文件内容相同' : `同一单位“${w.facts.unit}”`}），保留较新的第 ${w.facts.index} 项，本项未计入汇总。`;
    reasonEn = `Duplicate of input ${w.facts.index} (${sameFile ? 'identical file content' : `same unit "${w.facts.unit}"`}); the later input ${w.facts.index} is kept, this one is not summed.`;
  } else if (h.facts.errors > 0 && options.includeInvalid) {
    status = 'included-invalid';
    reason = `有 ${h.facts.errors} 处错误，按要求仍计入汇总；它参与的数字已标出。首个错误：${h.facts.firstErrors[0] || ''}`;
    reasonEn = `${h.facts.errors} error(s); summed as requested (include invalid); every figure it contributes to is flagged.`;
  } else if (h.facts.errors > 0) {
    status = 'excluded-invalid';
    reason = `有 ${h.facts.errors} 处错误，未计入汇总。首个错误：${h.facts.firstErrors[0] || ''}`;
    reasonEn = `${h.facts.errors} error(s); not summed.`;
  } else {
    status = 'included';
  }
  return { ...h.facts, status, reason, reasonEn };
}

function describe(h: { index: number; unit: string; file?: string }): string {
  return `第 ${h.index} 项“${h.unit}”${h.file ? `（${cleanText(fileBaseName(h.file), MAX_COPIED_TEXT)}）` : ''}`;
}

function refusal(
  formats: ReadonlyArray<InputGroup<FormatId>>,
  years: ReadonlyArray<InputGroup<number>>,
  duplicates: readonly DuplicateGroup[],
  expectedFormat: FormatId | undefined,
  expectedYear: number | undefined,
  sources: readonly SourceEntry[],
): ConsolidationRefusedError {
  const zh: string[] = [];
  const en: string[] = [];
  const names = (ids: readonly number[]): string => ids.map((i) => describe(sources[i - 1])).join('、');
  const odd = <T>(groups: ReadonlyArray<InputGroup<T>>, expected: T | undefined) => groups.filter((g) => g.value !== expected);
  if (formats.length > 0) {
    zh.push(
      `格式不一致：汇总按 ${expectedFormat} 格式，以下报表是其他格式：` +
        odd(formats, expectedFormat).map((g) => `${g.value} 格式：${names(g.sources)}`).join('；'),
    );
    en.push(`Mixed formats: expected ${expectedFormat}; ` + odd(formats, expectedFormat).map((g) => `format ${g.value}: inputs ${g.sources.join(', ')}`).join('; '));
  }
  if (years.length > 0) {
    zh.push(
      `报告年度不一致：汇总按 ${expectedYear} 年度，以下报表是其他年度：` +
        odd(years, expectedYear).map((g) => `${g.value} 年度：${names(g.sources)}`).join('；'),
    );
    en.push(`Mixed report years: expected ${expectedYear}; ` + odd(years, expectedYear).map((g) => `year ${g.value}: inputs ${g.sources.join(', ')}`).join('; '));
  }
  for (const d of duplicates) {
    zh.push(`${d.kind === 'content' ? '文件内容相同' : `同一单位“${sources[d.sources[0] - 1].unit}”`}：${names(d.sources)}（可用“取最新”保留较新的一份）`);
    en.push(`${d.kind === 'content' ? 'Identical files' : `Same unit "${sources[d.sources[0] - 1].unit}"`}: inputs ${d.sources.join(', ')} (prefer latest keeps the newest)`);
  }
  return new ConsolidationRefusedError({
    formats,
    years,
    duplicates,
    expectedFormat,
    expectedYear,
    sources,
    message: `无法汇总：${zh.join('。')}。`,
    messageEn: `Cannot consolidate: ${en.join('. ')}.`,
  });
}

/** Sums the included inputs figure by figure (by identity), exactly. */
function sumFigures(
  format: FormatId,
  included: readonly Held[],
  sources: readonly SourceEntry[],
): { figures: SummaryFigure[]; summary: ReportFigures } {
  const index = figureIndex(format);
  const figures: SummaryFigure[] = [];
  const cells: Record<string, CellReading> = {};
  for (let i = 0; i < index.columns.length; i++) {
    const column = index.columns[i];
    const sum = new ExactSum();
    const invalidUnits: string[] = [];
    const suspectUnits: string[] = [];
    for (const h of included) {
      const states = h.states as Uint8Array;
      const invalid = h.facts.errors > 0;
      if (states[i] === VALUE) {
        try {
          sum.add((h.values as Float64Array)[i]);
        } catch (e) {
          throw precision(e, column.key, sources);
        }
        if (invalid) invalidUnits.push(h.facts.unit);
      } else if (states[i] === UNREADABLE) {
        // Counted as blank: the one figure this input got wrong is flagged too (an UNREADABLE cell is an error, so the input is invalid).
        invalidUnits.push(h.facts.unit);
      }
      if (invalid && h.suspect && h.suspect.indexOf(column.key) >= 0) suspectUnits.push(h.facts.unit);
    }
    figures.push({ ref: column.ref, key: column.key, contributors: sum.added, invalidUnits, suspectUnits });
    cells[column.key] = { value: sum.added > 0 ? sum.value() : null };
  }
  return { figures, summary: { format, cells } };
}

function precision(e: unknown, key: string, sources: readonly SourceEntry[]): ConsolidationError {
  const detail = e instanceof PrecisionError ? e.message : String(e);
  return new ConsolidationError('precision', `无法精确求和 ${key}：${detail}`, `Cannot sum ${key} exactly: ${detail}`, sources);
}

/** 汇总明细: the included inputs' values as a table (its total row is the summary; see `breakdownPlan`). */
function buildBreakdown(format: FormatId, included: readonly Held[], sources: readonly SourceEntry[]): Breakdown {
  const index = figureIndex(format);
  const rows: BreakdownRow[] = included.map((h) => {
    const states = h.states as Uint8Array;
    const values = h.values as Float64Array;
    const out: Array<number | null> = [];
    for (let i = 0; i < index.columns.length; i++) out.push(states[i] === VALUE ? values[i] : null);
    const row: BreakdownRow = {
      source: h.facts.index,
      unit: h.facts.unit,
      status: sources[h.facts.index - 1].status === 'included-invalid' ? 'included-invalid' : 'included',
      values: out,
    };
    return h.unreadableTexts ? { ...row, unreadable: h.unreadableTexts } : row;
  });
  return { columns: index.columns, rows };
}

/** Expected units (by `unitKey`) against every input that arrived, readable or not. */
function checkExpected(expected: readonly string[], held: readonly Held[]): ExpectedUnitsCheck {
  const expectedKeys = expected.map(unitKey);
  const arrived: Record<string, boolean> = {};
  for (const h of held) arrived[h.facts.unitKey] = true;
  const missing: string[] = [];
  let matched = 0;
  const seen: Record<string, boolean> = {};
  for (let i = 0; i < expected.length; i++) {
    const key = expectedKeys[i];
    if (key === '' || seen[key]) continue;
    seen[key] = true;
    if (arrived[key]) matched++;
    else missing.push(cleanText(expected[i], MAX_COPIED_TEXT));
  }
  const unexpected = held.filter((h) => !seen[h.facts.unitKey]).map((h) => ({ unit: h.facts.unit, source: h.facts.index }));
  return { missing, unexpected, matched };
}

function notices(held: readonly Held[], included: readonly Held[], sources: readonly SourceEntry[]): ConsolidationNotice[] {
  const out: ConsolidationNotice[] = [];
  const unknownYear = held.filter((h) => !h.unreadable && h.facts.year === undefined).map((h) => h.facts.index);
  if (unknownYear.length > 0) {
    out.push({
      code: 'year-unknown',
      sources: unknownYear,
      message: `未识别出报告年度，未参与年度一致性检查：${unknownYear.map((i) => describe(sources[i - 1])).join('、')}`,
      messageEn: `Report year not recognised, not checked for consistency: inputs ${unknownYear.join(', ')}`,
    });
  }
  const lacking = included.filter((h) => h.facts.missingFigures > 0);
  for (const h of lacking) {
    out.push({
      code: 'figures-missing',
      sources: [h.facts.index],
      message: `${describe(h.facts)} 缺少 ${h.facts.missingFigures} 个数字（表中找不到对应行列），按空白计。`,
      messageEn: `Input ${h.facts.index} lacks ${h.facts.missingFigures} figures (rows or columns not found); counted as blank.`,
    });
  }
  // Identical non-zero figures under different units: probably one department's file sent twice.
  const bySignature: Record<string, number[]> = {};
  for (const h of included) {
    const states = h.states as Uint8Array;
    const values = h.values as Float64Array;
    let nonZero = false;
    const parts: string[] = [];
    for (let i = 0; i < states.length; i++) {
      if (states[i] === VALUE && values[i] !== 0) nonZero = true;
      parts.push(states[i] === VALUE ? String(values[i]) : '');
    }
    if (!nonZero) continue;
    const sig = parts.join(',');
    (bySignature[sig] = bySignature[sig] || []).push(h.facts.index);
  }
  for (const sig of Object.keys(bySignature)) {
    const ids = bySignature[sig];
    if (ids.length < 2) continue;
    out.push({
      code: 'same-figures',
      sources: ids,
      message: `以下报表的全部数字完全相同，请确认不是同一份报表：${ids.map((i) => describe(sources[i - 1])).join('、')}`,
      messageEn: `These inputs have exactly the same figures; check they are not the same report: inputs ${ids.join(', ')}`,
    });
  }
  return out;
}
