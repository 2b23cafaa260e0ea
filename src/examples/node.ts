/** Node side of the example reports: read a shipped example (examples/NAME.json at the project's root). */
import * as fs from 'fs';
import * as path from 'path';
import type { ExampleJson } from './load';

/** The shipped examples. */
export type ExampleName = 'haidong-2019' | 'huaian-2024';

/** Folder of the shipped examples (copies of shared/examples). */
export const EXAMPLES_DIR = path.join(__dirname, '..', '..', 'examples');

/**
 * The JSON of a shipped example report.
 * @throws Error when the file is missing or not JSON.
 */
export function loadExampleJson(name: ExampleName): ExampleJson {
  return JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, `${name}.json`), 'utf8')) as ExampleJson;
}
