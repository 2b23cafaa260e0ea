/**
 * Consolidation (issue 3): departmental reports → 全市汇总 + 汇总明细 + 来源清单, summed by identity.
 * The public door of src/consolidate's core (no Node APIs here; see ./node for the file loader).
 */
import type { Lang } from '../rules/types';
import { validateFigures } from '../rules/validate';
import { Consolidator } from './consolidator';
import type { ConsolidationInput, ConsolidationOptions, ConsolidationResult, UnreadableInput } from './types';

export * from './types';
export * from './errors';
export { Consolidator } from './consolidator';
export type { ValidateFigures } from './consolidator';
export { ExactSum, exactSum, toScaled, fromScaled, PrecisionError } from './exactSum';
export { sha256Hex } from './sha256';
export { unitKey, chooseUnitName, fileBaseName, MAX_COPIED_TEXT, WORKBOOK_FILE } from './unitName';
export type { UnitNameSource } from './unitName';
export { figureIndex } from './figureIndex';
export type { FigureIndex } from './figureIndex';
export { parseUnitList } from './unitList';
export { breakdownPlan, sourcesPlan, planWords, resultNotes, formatLocalTime, SUMMARY_SHEET, BREAKDOWN_SHEET, SOURCES_SHEET } from './sheets';
export type { SheetPlan, PlanCell, PlanRole } from './sheets';
export { consolidationJson, consolidationErrorJson, consolidationExitCode, consolidationText } from './report';
export type { InputJson, FigureJson } from './report';
// ExcelJS-based parts are imported from their own modules so the task pane loads ExcelJS only when needed:
//   ./readInput (workbook bytes → inputs), ./workbook (the output workbook), ./demoSet; Node-only: ./node/*.

/** Options of the façade: the run's options and the language of validation messages. */
export interface ConsolidateOptions extends ConsolidationOptions {
  readonly lang?: Lang;
}

/** A consolidator whose summary is validated by the rules (`validateFigures`) in `options.lang` (default zh). */
export function createConsolidator(options: ConsolidateOptions = {}): Consolidator {
  const lang: Lang = options.lang || 'zh';
  return new Consolidator(options, (figures) => validateFigures(figures, { lang }));
}

/**
 * Consolidates reports already in memory (recognised and validated by the host).
 * Each entry is a report or an unreadable input (`{ file, reason, reasonEn }`).
 * @throws ConsolidationRefusedError, ConsolidationError, SummaryInvalidError: see `Consolidator.finish`.
 */
export function consolidate(
  inputs: ReadonlyArray<ConsolidationInput | UnreadableInput>,
  options: ConsolidateOptions = {},
): ConsolidationResult {
  const c = createConsolidator(options);
  for (const input of inputs) {
    if ('report' in input) c.add(input);
    else c.addUnreadable(input);
  }
  return c.finish();
}
