/**
 * Dates in Office.js reads. Excel stores a date as a serial number and shows it as a date through the
 * cell's number format; Range.values gives the serial (45292), while the .xlsx reader (ExcelJS) gives a
 * Date. Telling date formats the way ExcelJS does keeps the two hosts reading the same cell alike, so a
 * date typed into a count cell is the same value-date error in Excel as in a file.
 */

/** Milliseconds in a day. */
const DAY_MS = 24 * 3600 * 1000;
/** Serial of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * True when a number format code shows a date or a time (yyyy/m/d, m"月"d"日", h:mm…).
 * As ExcelJS 4.4 `isDateFmt`: text in quotes and [..] sections (colours, locales, [DBNum1]) are
 * ignored, then any of y m d h M s b (b: Buddhist year) makes it a date format.
 * @param code Range.numberFormat of one cell ('General', '0.00', 'yyyy/m/d'); undefined → false.
 */
export function isDateFormat(code: string | undefined | null): boolean {
  if (!code) return false;
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}

/**
 * The Date (UTC) of an Excel serial in the 1900 date system, as ExcelJS converts it: 45292 →
 * 2024-01-01T00:00Z; fractions are the time of day. Workbooks on the 1904 system (old Mac files) read
 * four years early: Office.js gives no date system before ExcelApi 1.9, and any date in a figure cell is
 * an error whatever its day.
 */
export function dateFromSerial(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * DAY_MS));
}
