/// <reference types="office-js" />
/**
 * Sheet protection around our format writes (validation marks, 清除标记). Worksheet protection is
 * ExcelApi 1.2: without it nothing here is queued, and Office 2016 writes as the sheet allows.
 *
 * A protected sheet is lifted only when its own options forbid formatting cells, then protected again
 * with exactly the options it had — never with ours. A sheet protected with a password cannot be lifted
 * (Office.js has no way to ask for the password, nor, on the desktop, to know there is one before trying):
 * the write batch fails at its first action, and the caller reports the findings without marks.
 */
import type { ApiSupport } from './apiSupport';

/** A sheet's protection as read before writing. */
export interface ProtectionState {
  readonly protected: boolean;
  /** The options it is protected with (WorksheetProtectionOptions, as Excel reported them). */
  readonly options: Excel.WorksheetProtectionOptions;
}

/** A sheet whose protection a write batch lifts and puts back. */
export interface LiftedSheet {
  readonly id: string;
  readonly name: string;
  /** The worksheet proxy the batch writes through. */
  readonly sheet: Excel.Worksheet;
  readonly protection: ProtectionState;
}

/** The sheets of a write batch whose protection must be lifted (see `mustLift`), in the order given. */
export function sheetsToLift(sheets: ReadonlyArray<{ id: string; name: string; sheet: Excel.Worksheet; protection?: ProtectionState }>): LiftedSheet[] {
  const out: LiftedSheet[] = [];
  for (const s of sheets) if (s.protection && mustLift(s.protection)) out.push({ id: s.id, name: s.name, sheet: s.sheet, protection: s.protection });
  return out;
}

/** The properties to load with a worksheet collection ('items/…') or a worksheet, when the API has protection. */
export function protectionLoads(api: ApiSupport, prefix = ''): string[] {
  return api.protection ? [`${prefix}protection/protected`, `${prefix}protection/options`] : [];
}

/** Option names of WorksheetProtectionOptions (ExcelApi 1.2, and 1.7's allowEditObjects/allowEditScenarios/selectionMode). */
const OPTION_NAMES = [
  'allowAutoFilter',
  'allowDeleteColumns',
  'allowDeleteRows',
  'allowEditObjects',
  'allowEditScenarios',
  'allowFormatCells',
  'allowFormatColumns',
  'allowFormatRows',
  'allowInsertColumns',
  'allowInsertHyperlinks',
  'allowInsertRows',
  'allowPivotTables',
  'allowSort',
  'selectionMode',
];

/**
 * The protection of a loaded sheet (after the sync), or undefined without ExcelApi 1.2.
 * Options are copied to a plain object (only the ones the host reported), ready to give back to protect().
 */
export function protectionOf(sheet: Excel.Worksheet, api: ApiSupport): ProtectionState | undefined {
  if (!api.protection) return undefined;
  const p = sheet.protection;
  const loaded = (p.options || {}) as unknown as Record<string, unknown>;
  const options: Record<string, unknown> = {};
  for (const name of OPTION_NAMES) {
    const v = loaded[name];
    if (typeof v === 'boolean' || (name === 'selectionMode' && typeof v === 'string')) options[name] = v;
  }
  return { protected: p.protected === true, options: options as Excel.WorksheetProtectionOptions };
}

/** True when formats cannot be written without lifting the protection (protected, formatting cells not allowed). */
export function mustLift(state: ProtectionState | undefined): boolean {
  return !!state && state.protected && state.options.allowFormatCells !== true;
}

/** Queue lifting the protection of each sheet. Queue these FIRST: a password makes the batch fail before any write. */
export function queueLift(lifted: readonly LiftedSheet[]): void {
  for (const l of lifted) l.sheet.protection.unprotect();
}

/** Queue protecting each lifted sheet again with the options it had (last in the batch). */
export function queueProtectAgain(lifted: readonly LiftedSheet[]): void {
  for (const l of lifted) protectWith(l.sheet, l.protection);
}

function protectWith(sheet: Excel.Worksheet, state: ProtectionState): void {
  sheet.protection.protect(state.options);
}

/**
 * After a failed write batch: put back the protection of the lifted sheets that lost it (the batch stops
 * at the failing action, so sheets lifted before it stay unprotected). Two syncs, only on this path; none
 * when a single sheet was lifted (its unprotect was the batch's first action).
 */
export async function protectAgainAfterFailure(context: Excel.RequestContext, lifted: readonly LiftedSheet[]): Promise<void> {
  if (lifted.length < 2) return;
  const sheets = lifted.map((l) => {
    const s = context.workbook.worksheets.getItem(l.id);
    s.protection.load('protected');
    return s;
  });
  await context.sync();
  let queued = 0;
  sheets.forEach((s, i) => {
    if (!s.protection.protected) {
      protectWith(s, lifted[i].protection);
      queued++;
    }
  });
  if (queued > 0) await context.sync();
}
