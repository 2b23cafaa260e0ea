/**
 * An example report as the demo writes it into a department's sheet: format, year, unit and every printed
 * cell by `refKey` (labels mapped by src/examples/published.ts).
 */
import { getFormat } from '../formats';
import type { FormatId } from '../formats/types';
import { printedCells } from './published';
import type { PrintedValue, PublishedReportJson } from './published';

/** One cell as the published report printed it: a number, a text such as "51.57 亿元", or blank. */
export type ExampleValue = PrintedValue;
/** The JSON shape of examples/*.json (see shared/README.md). */
export type ExampleJson = PublishedReportJson & { readonly id: string; readonly body: string };

/** An example report: its format, year, unit and every printed cell by `refKey`. */
export interface ExampleReport {
  readonly id: string;
  readonly format: FormatId;
  readonly year: number;
  readonly unit: string;
  readonly cells: Readonly<Record<string, ExampleValue>>;
}

/**
 * Parse an example's JSON into an ExampleReport; the unit defaults to the reporting body without its note.
 * @throws Error when a label of the example is not in its format (labels must be official).
 */
export function parseExample(json: ExampleJson, unit?: string): ExampleReport {
  const format = getFormat(json.format);
  return { id: json.id, format: format.id, year: json.report_year, unit: unit ?? json.body.replace(/（.*$/, ''), cells: printedCells(json) };
}
