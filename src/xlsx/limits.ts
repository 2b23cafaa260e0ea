/**
 * Limits on a workbook before it is handed to ExcelJS, and why each has its value.
 *
 * ExcelJS reads a whole .xlsx into memory: it inflates every part into one string, keeps one object per
 * cell, and expands some ranges cell by cell (merged ranges, data validations, defined names). A small
 * crafted file can therefore ask for gigabytes or never finish; the preflight (./preflight.ts) measures
 * what a file would cost from its zip directory and from a streaming count of its XML, and refuses
 * anything beyond these limits with a message naming the sheet. Measured with ExcelJS 4.4 on Node 20
 * (see test/hardening): a loaded cell costs about 320 bytes and 15 µs; an expanded validation entry
 * about 70 bytes and 3 µs; merges are compared pairwise (2,000 on a sheet load in about 1 s, 8,000 in 12 s).
 *
 * A department's statistical tables need about 60 rows, 20 columns and 400 figures; the limits are
 * orders of magnitude above any real report workbook, even one carrying unrelated sheets.
 */

/** 1 MB. */
const MB = 1024 * 1024;

/**
 * Largest file read at all (bytes). Report workbooks weigh 20–200 KB; a file beyond this is not one
 * and would be held in memory whole before anything else could be said about it.
 */
export const MAX_FILE_BYTES = 100 * MB;

/**
 * Largest total of the parts once inflated (bytes), as the zip directory states and as actually
 * inflated. ExcelJS turns each part into one string (twice its size in memory) before parsing it: 100 MB
 * keeps that under about half a gigabyte, and is a thousand times what the tables need.
 */
export const MAX_UNCOMPRESSED_BYTES = 100 * MB;

/**
 * Highest compression ratio of one part (inflated ÷ stored) for parts of at least
 * `RATIO_CHECKED_FROM_BYTES`. Spreadsheet XML compresses about 10:1 (measured: 9–12:1 for typical and
 * highly repetitive sheets); deflate's ceiling is about 1030:1, which is what zip bombs use.
 */
export const MAX_COMPRESSION_RATIO = 100;

/** Parts smaller than this (bytes, inflated) are not ratio-checked: a tiny part cannot hurt, whatever its ratio. */
export const RATIO_CHECKED_FROM_BYTES = 1 * MB;

/** Most parts in one zip. An .xlsx has 10–50 parts (about three per sheet); each becomes an object in the reader. */
export const MAX_ZIP_ENTRIES = 10000;

/**
 * Most cells in one workbook, counting every `<c>` element of every sheet, every comment, and every
 * cell covered by a merged range (ExcelJS creates an object for each). One million cells cost about
 * 320 MB and 15 s to load: the most accepted for one file of a consolidation run that reads 20–80.
 */
export const MAX_CELLS = 1000000;

/**
 * Most rows (`<row>` elements) on one sheet. The tables need about 60; 100,000 leaves room for any
 * register a department keeps beside its report, and refuses a million-row sheet after reading a
 * tenth of it, in about a second, instead of loading it for minutes.
 */
export const MAX_ROWS_PER_SHEET = 100000;

/**
 * Most merged ranges on one sheet. ExcelJS checks each new merge against every earlier one (quadratic):
 * 2,000 merges load in about a second, 8,000 in twelve. The official template uses about 150.
 */
export const MAX_MERGES_PER_SHEET = 2000;

/**
 * Most cells covered by data validations and defined names, over the workbook. ExcelJS expands each
 * such range into one entry per cell: a drop-down list on a whole column (1,048,576 cells) costs about
 * 75 MB and 3 s; three whole columns are accepted, a validation over the whole sheet (17 billion cells)
 * would never finish.
 */
export const MAX_RANGE_CELLS = 3200000;
