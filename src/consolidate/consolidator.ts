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
 * - A blank report (every figure blank: a form sent back unfilled, rule report-blank) is never summed
 *   (status excluded-blank): summing it adds nothing, and listing it as summed would hide that its
 *   unit has not reported.
 * - Unreadable inputs never take part in duplicate detection: a broken re-send of a unit's file (or an
 *   unreadable copy under the same name) is listed as unreadable, and the readable report of that unit
 *   is summed; with preferLatest a newer broken copy does not push the valid report out, and without
 *   it a broken copy does not stop the run.
 * - preferLatest decides by validity before time (./duplicates.ts). A unit of which nothing is summed
 *   (every input excluded, blank or unreadable) is listed in `unitsNotSummed` and, against the expected
 *   units, counts as missing.
 * - Format and year mismatches are checked over every readable input that is not a superseded
 *   duplicate, invalid or not: a file on the wrong format must be fixed whether or not it is summed.
 *   Inputs whose year was not recognised are not compared (a notice names them).
 */
import { refKey } from '../formats';
import type { FormatId } from '../formats/types';
import { cleanText, quoteCellText } from '../grid/cellText';
import type { Finding, ReportFigures, CellReading } from '../rules/types';
import { duplicateRelation, findDuplicates, resolveDuplicates } from './duplicates';
import type { Supersession } from './duplicates';
import { ConsolidationError, ConsolidationRefusedError, SummaryInvalidError } from './errors';
import { ExactSum, PrecisionError } from './exactSum';
import { figureIndex } from './figureIndex';
import { formatLocalTime } from './sheets';
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
  UndecidedDuplicate,
  UnitNotSummed,
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
    let filled = false;
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
        filled = true;
        const found = quoteCellText(String(reading.raw !== undefined ? reading.raw : reading.value));
        (unreadableTexts = unreadableTexts || {})[i] = found;
        // The rules name such a cell in an error finding; if the host's findings do not, it is counted here.
        if (!named[key]) unreadableValues.push(`${reading.address || key}：${found}`);
      } else if (reading.value === null) {
        states[i] = BLANK;
      } else {
        states[i] = VALUE;
        filled = true;
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
        blank: !filled || input.findings.some((f) => f.rule === 'report-blank'),
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
        blank: false,
        firstErrors: [input.reason],
      },
      unreadable: { reason: input.reason, reasonEn: input.reasonEn },
    });
  }

  /**
   * Decides duplicates and statuses, checks formats and years, sums the included inputs by identity,
   * builds the breakdown (its total row is checked when it is planned for writing: `breakdownPlan`),
   * validates the summary.
   * @throws ConsolidationRefusedError for mixed formats or years, duplicates without preferLatest, or
   *   (with it) copies of a unit that cannot be ordered (tied on time, different figures).
   * @throws ConsolidationError 'nothing-to-sum' when no input can be summed; 'precision' when a sum
   *   cannot be held exactly.
   * @throws SummaryInvalidError when the summary fails validation although every included input passes.
   */
  finish(): ConsolidationResult {
    const options = this.options;
    const held = this.held;
    const now = options.now || new Date();
    const found = findDuplicates(held.filter((h) => !h.unreadable).map((h) => h.facts));
    const resolution = options.preferLatest
      ? resolveDuplicates(found, (i) => held[i - 1].facts, !!options.includeInvalid, (a, b) => sameFigures(held[a - 1], held[b - 1]))
      : undefined;
    const duplicates = resolution ? resolution.groups : found;
    const superseded: Readonly<Record<number, Supersession>> = resolution ? resolution.superseded : {};
    const undecided = resolution ? resolution.undecided : [];
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
    const undecidedSources = ([] as number[]).concat(...undecided.map((u) => u.sources.slice()));
    const unresolved = options.preferLatest ? duplicates.filter((d) => d.sources.some((s) => undecidedSources.indexOf(s) >= 0)) : duplicates;
    if (formatsOdd || yearsOdd || unresolved.length > 0) {
      throw refusal(formatsOdd ? formats : [], yearsOdd ? years : [], unresolved, undecided, expectedFormat, expectedYear, sources);
    }
    const included = held.filter((h) => {
      const s = sources[h.facts.index - 1].status;
      return s === 'included' || s === 'included-invalid';
    });
    if (included.length === 0 || expectedFormat === undefined) {
      throw new ConsolidationError(
        'nothing-to-sum',
        held.length === 0 ? '没有可汇总的报表：未提供任何输入。' : `没有可汇总的报表：${held.length} 个输入均无法读取、有错误或为空白（见来源清单）。`,
        held.length === 0
          ? 'Nothing to consolidate: no input given.'
          : `Nothing to consolidate: all ${held.length} inputs are unreadable, invalid or blank (see the source list).`,
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
      unitsNotSummed: unitsNotSummed(sources),
      expected: options.expectedUnits ? checkExpected(options.expectedUnits, sources) : undefined,
      notices: notices(held, included, sources),
    };
  }
}

/** True when two readable inputs have exactly the same figures (blank, absent and values alike). */
function sameFigures(a: Held, b: Held): boolean {
  const sa = a.states as Uint8Array;
  const sb = b.states as Uint8Array;
  const va = a.values as Float64Array;
  const vb = b.values as Float64Array;
  if (sa.length !== sb.length) return false;
  for (let i = 0; i < sa.length; i++) {
    if (sa[i] !== sb[i] || va[i] !== vb[i]) return false;
    if (sa[i] === UNREADABLE && (a.unreadableTexts || {})[i] !== (b.unreadableTexts || {})[i]) return false;
  }
  return true;
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

function sourceEntry(h: Held, options: ConsolidationOptions, superseded: Readonly<Record<number, Supersession>>, held: readonly Held[]): SourceEntry {
  let status: SourceStatus;
  let reason: string | undefined;
  let reasonEn: string | undefined;
  const kept = superseded[h.facts.index];
  if (h.unreadable) {
    status = 'unreadable';
    reason = h.unreadable.reason;
    reasonEn = h.unreadable.reasonEn;
  } else if (kept !== undefined) {
    status = 'excluded-duplicate';
    ({ reason, reasonEn } = supersededReason(h.facts, held[kept.by - 1].facts, kept));
  } else if (h.facts.blank) {
    status = 'excluded-blank';
    reason = '报表中所有数字均为空白（尚未填写），未计入汇总。';
    reasonEn = 'Every figure is blank (not filled in); not summed.';
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

/** Why a copy was left out under preferLatest: how it relates to the copy kept, and what decided. */
function supersededReason(loser: SourceFacts, winner: SourceFacts, kept: Supersession): { reason: string; reasonEn: string } {
  const n = winner.index;
  const relation =
    kept.relation === 'same-content'
      ? { zh: '文件内容相同', en: 'identical file content' }
      : kept.relation === 'same-file'
        ? { zh: `同一文件中的两张工作表，单位均为“${winner.unit}”`, en: `two sheets of the same file, both of unit "${winner.unit}"` }
        : { zh: `同一单位“${winner.unit}”`, en: `same unit "${winner.unit}"` };
  const because = {
    valid: { zh: `本项有 ${loser.errors} 处错误，保留通过校验的第 ${n} 项`, en: `this one has ${loser.errors} error(s); input ${n}, which passes validation, is kept` },
    filled: { zh: `本项所有数字均为空白，保留已填写的第 ${n} 项`, en: `every figure of this one is blank; input ${n}, filled in, is kept` },
    latest: { zh: `保留较新的第 ${n} 项`, en: `the later input ${n} is kept` },
    identical: { zh: `两者数字完全相同，保留第 ${n} 项`, en: `both have the same figures; input ${n} is kept` },
  }[kept.because];
  return {
    reason: `与第 ${n} 项重复（${relation.zh}），${because.zh}，本项未计入汇总。`,
    reasonEn: `Duplicate of input ${n} (${relation.en}); ${because.en}; this one is not summed.`,
  };
}

/** "第 3 项“市水利局”（市水利局，工作表“年报统计表 (2)”）": an input as the messages name it. */
function describe(h: { index: number; unit: string; file?: string; sheet?: string }): string {
  const where: string[] = [];
  if (h.file) where.push(cleanText(fileBaseName(h.file), MAX_COPIED_TEXT));
  if (h.sheet) where.push(`工作表“${cleanText(h.sheet, MAX_COPIED_TEXT)}”`);
  return `第 ${h.index} 项“${h.unit}”${where.length ? `（${where.join('，')}）` : ''}`;
}

/** 'input 3 "市水利局" (市水利局, sheet "年报统计表 (2)")': `describe` in English. */
function describeEn(h: { index: number; unit: string; file?: string; sheet?: string }): string {
  const where: string[] = [];
  if (h.file) where.push(cleanText(fileBaseName(h.file), MAX_COPIED_TEXT));
  if (h.sheet) where.push(`sheet "${cleanText(h.sheet, MAX_COPIED_TEXT)}"`);
  return `input ${h.index} "${h.unit}"${where.length ? ` (${where.join(', ')})` : ''}`;
}

function refusal(
  formats: ReadonlyArray<InputGroup<FormatId>>,
  years: ReadonlyArray<InputGroup<number>>,
  duplicates: readonly DuplicateGroup[],
  undecided: readonly UndecidedDuplicate[],
  expectedFormat: FormatId | undefined,
  expectedYear: number | undefined,
  sources: readonly SourceEntry[],
): ConsolidationRefusedError {
  const zh: string[] = [];
  const en: string[] = [];
  const names = (ids: readonly number[]): string => ids.map((i) => describe(sources[i - 1])).join('、');
  const namesEn = (ids: readonly number[]): string => ids.map((i) => describeEn(sources[i - 1])).join(', ');
  const odd = <T>(groups: ReadonlyArray<InputGroup<T>>, expected: T | undefined) => groups.filter((g) => g.value !== expected);
  if (formats.length > 0) {
    zh.push(
      `格式不一致：汇总按 ${expectedFormat} 格式，以下报表是其他格式：` +
        odd(formats, expectedFormat).map((g) => `${g.value} 格式：${names(g.sources)}`).join('；'),
    );
    en.push(`Mixed formats: expected ${expectedFormat}; ` + odd(formats, expectedFormat).map((g) => `format ${g.value}: ${namesEn(g.sources)}`).join('; '));
  }
  if (years.length > 0) {
    zh.push(
      `报告年度不一致：汇总按 ${expectedYear} 年度，以下报表是其他年度：` +
        odd(years, expectedYear).map((g) => `${g.value} 年度：${names(g.sources)}`).join('；'),
    );
    en.push(`Mixed report years: expected ${expectedYear}; ` + odd(years, expectedYear).map((g) => `year ${g.value}: ${namesEn(g.sources)}`).join('; '));
  }
  if (undecided.length > 0) {
    for (const u of undecided) {
      const text = undecidedText(u, sources);
      zh.push(`${text.zh}：${names(u.sources)}`);
      en.push(`${text.en}: ${namesEn(u.sources)}`);
    }
  } else {
    for (const d of duplicates) {
      const first = sources[d.sources[0] - 1];
      const oneFile = d.sources.every((i, k) => k === 0 || duplicateRelation(sources[i - 1], first) === 'same-file');
      const what =
        d.kind === 'content'
          ? { zh: '文件内容相同', en: 'Identical files' }
          : oneFile
            ? { zh: `同一文件中的 ${d.sources.length} 张工作表都是单位“${first.unit}”的报表`, en: `${d.sources.length} sheets of the same file are all of unit "${first.unit}"` }
            : { zh: `同一单位“${first.unit}”`, en: `Same unit "${first.unit}"` };
      zh.push(`${what.zh}：${names(d.sources)}（可用“取最新”保留通过校验的较新一份）`);
      en.push(`${what.en}: ${namesEn(d.sources)} (prefer latest keeps the newest valid copy)`);
    }
  }
  return new ConsolidationRefusedError({
    formats,
    years,
    duplicates,
    undecided,
    expectedFormat,
    expectedYear,
    sources,
    message: `无法汇总：${zh.join('。')}。`,
    messageEn: `Cannot consolidate: ${en.join('. ')}.`,
  });
}

/** Why "latest" cannot choose among tied copies, and what to do. */
function undecidedText(u: UndecidedDuplicate, sources: readonly SourceEntry[]): { zh: string; en: string } {
  const unit = sources[u.sources[0] - 1].unit;
  if (u.why === 'same-file') {
    return {
      zh: `同一文件中的 ${u.sources.length} 张工作表都是单位“${unit}”的报表，都可计入且数字不同；工作表没有各自的修改时间，无法判断哪张是最新的，请删除或隐藏不用的工作表后重试`,
      en: `${u.sources.length} sheets of the same file are all reports of unit "${unit}", each could be summed and their figures differ; sheets have no modification time of their own, so which is the latest cannot be decided. Delete or hide the sheets not to be used and try again`,
    };
  }
  if (u.why === 'same-time') {
    const iso = new Date(sources[u.sources[0] - 1].modified as number).toISOString();
    return {
      zh: `单位“${unit}”的 ${u.sources.length} 份报表都可计入且数字不同，修改时间都是 ${formatLocalTime(iso)}，无法判断哪份是最新的，请删去不用的文件后重试`,
      en: `${u.sources.length} reports of unit "${unit}" could each be summed and their figures differ, and they were modified at the same time (${formatLocalTime(iso, 'en')}), so which is the latest cannot be decided. Remove the files not to be used and try again`,
    };
  }
  return {
    zh: `单位“${unit}”的 ${u.sources.length} 份报表都可计入且数字不同，修改时间未知，无法判断哪份是最新的，请只保留要汇总的一份后重试`,
    en: `${u.sources.length} reports of unit "${unit}" could each be summed and their figures differ, and their modification times are unknown, so which is the latest cannot be decided. Keep only the one to be summed and try again`,
  };
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

/** Units (by `unitKey`, named as their first input) none of whose inputs is summed, in order of their first input. */
function unitsNotSummed(sources: readonly SourceEntry[]): UnitNotSummed[] {
  const byKey: Record<string, { unit: string; sources: number[]; summed: boolean }> = {};
  const order: string[] = [];
  for (const s of sources) {
    let u = byKey[s.unitKey];
    if (!u) {
      u = byKey[s.unitKey] = { unit: s.unit, sources: [], summed: false };
      order.push(s.unitKey);
    }
    u.sources.push(s.index);
    if (s.status === 'included' || s.status === 'included-invalid') u.summed = true;
  }
  return order.filter((k) => !byKey[k].summed).map((k) => ({ unit: byKey[k].unit, sources: byKey[k].sources }));
}

/** Expected units (by `unitKey`) against the units summed; inputs that arrived but were not summed leave their unit missing. */
function checkExpected(expected: readonly string[], sources: readonly SourceEntry[]): ExpectedUnitsCheck {
  const expectedKeys = expected.map(unitKey);
  const arrived: Record<string, boolean> = {};
  const summed: Record<string, boolean> = {};
  for (const s of sources) {
    arrived[s.unitKey] = true;
    if (s.status === 'included' || s.status === 'included-invalid') summed[s.unitKey] = true;
  }
  const missing: string[] = [];
  const notSummed: string[] = [];
  let matched = 0;
  const seen: Record<string, boolean> = {};
  for (let i = 0; i < expected.length; i++) {
    const key = expectedKeys[i];
    if (key === '' || seen[key]) continue;
    seen[key] = true;
    if (summed[key]) {
      matched++;
      continue;
    }
    const name = cleanText(expected[i], MAX_COPIED_TEXT);
    missing.push(name);
    if (arrived[key]) notSummed.push(name);
  }
  const unexpected = sources.filter((s) => !seen[s.unitKey]).map((s) => ({ unit: s.unit, source: s.index }));
  return { missing, notSummed, unexpected, matched };
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
