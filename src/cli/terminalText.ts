/**
 * What the CLI prints is made of names and texts it did not choose: file names found in folders (chosen
 * by whoever sent the file), sheet names and cell texts of the workbooks. A control character among
 * them could drive the terminal (an escape sequence clears the screen, retitles the window or, in some
 * terminals, writes to the clipboard; a carriage return overprints a line). These two functions are
 * the last step before stdout and stderr.
 */

/** C0 and C1 control characters except the line feed that separates the CLI's own lines. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/** Text for the terminal: every control character but the line feed shown as �. */
export function terminalText(text: string): string {
  return text.replace(CONTROL, '\ufffd');
}

/**
 * JSON text for the terminal, without loss: JSON.stringify already escapes C0 characters inside
 * strings; DEL and the C1 characters (U+007F–U+009F), which it leaves raw, are escaped as \u00XX too.
 */
export function terminalJson(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}
