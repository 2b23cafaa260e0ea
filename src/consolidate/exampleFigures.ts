/** Moved to src/examples/published.ts (the one loader of the example reports); kept as an alias for callers. */
export { publishedReportFigures, withCorrections } from '../examples/published';
export type { PrintedValue, PublishedReport, PublishedReportJson } from '../examples/published';
