/// <reference types="office-js" />
/**
 * Ribbon commands (commands.html, the function file of the manifest's FunctionFile).
 * 一键校验 (ExecuteFunction `validateSheet`): validates the workbook's visible sheets and marks the
 * findings without opening the pane — two context.sync() calls — then reports the count in a small dialog
 * (Dialog API 1.1, present from Office 2016) when the host has one.
 */
import { createExcelWorkspace } from '../excel/workspace';
import { countFindings } from '../taskpane/findingGroups';
import { uiLanguage } from '../taskpane/environment';
import type { ValidationRun, Workspace } from '../taskpane/workspace';

let workspace: Workspace | null = null;

/**
 * The function file's one workspace: created when Office is ready (it learns the workbook's sheets
 * then, so that 一键校验 reads them all in its one read sync) and kept while the function file lives.
 */
function commandWorkspace(): Workspace {
  if (!workspace) workspace = createExcelWorkspace(uiLanguage(Office.context.displayLanguage, window.location.search));
  return workspace;
}

/** The query string of the summary dialog (taskpane.html?view=summary&…). */
export function summaryQuery(run: ValidationRun | null, error?: string): string {
  const parts = ['view=summary'];
  if (run) {
    const c = countFindings(run.validation);
    parts.push(`sheet=${encodeURIComponent(run.subject)}`, `reports=${run.validation.reports.length}`, `errors=${c.errors}`, `warnings=${c.warnings}`, `marked=${run.markedCells}`);
    if (run.marksNotMade) parts.push(`unmarked=${run.marksNotMade.reason}`);
  }
  if (error) parts.push(`error=${encodeURIComponent(error.slice(0, 300))}`);
  return parts.join('&');
}

function showSummary(query: string, done: () => void): void {
  const ui = Office.context.ui;
  if (!ui || !Office.context.requirements.isSetSupported('DialogApi', '1.1')) {
    done();
    return;
  }
  const url = `${window.location.href.replace(/commands\.html.*$/, 'taskpane.html')}?${query}`;
  ui.displayDialogAsync(url, { height: 30, width: 30, displayInIframe: true }, (result) => {
    if (String(result.status) === 'succeeded') {
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => dialog.close());
    }
    done();
  });
}

/** 一键校验 from the ribbon. Always calls event.completed(), even when validation fails. */
export function validateSheet(event: Office.AddinCommands.Event): void {
  let finished = false;
  const done = (): void => {
    if (!finished) {
      finished = true;
      event.completed();
    }
  };
  commandWorkspace()
    .validate()
    .then((run) => showSummary(summaryQuery(run), done))
    .catch((err: unknown) => showSummary(summaryQuery(null, err instanceof Error ? err.message : String(err)), done));
}

Office.onReady(() => {
  commandWorkspace();
  const actions = (Office as unknown as { actions?: { associate(name: string, fn: (e: Office.AddinCommands.Event) => void): void } }).actions;
  if (actions && typeof actions.associate === 'function') actions.associate('validateSheet', validateSheet);
});
// Hosts without Office.actions look the function up on the global object.
(window as unknown as { validateSheet: typeof validateSheet }).validateSheet = validateSheet;
