/** Output formats by name (-M/--output-modes), and the factory that opens one writer per format. */
import { createCsvWriter } from './csv.js';
import { createOcsfWriter } from './ocsf.js';
import { createHtmlWriter } from './html/index.js';
import type { OutputContext, OutputWriter } from './types.js';

export const OUTPUT_MODES = ['csv', 'json-ocsf', 'html'] as const;
export type OutputMode = (typeof OUTPUT_MODES)[number];

/** File extension per mode, as Prowler names its reports. */
export const OUTPUT_EXTENSIONS: Record<OutputMode, string> = { csv: '.csv', 'json-ocsf': '.ocsf.json', html: '.html' };

const FACTORIES: Record<OutputMode, (path: string, ctx: OutputContext) => OutputWriter> = {
  csv: createCsvWriter,
  'json-ocsf': createOcsfWriter,
  html: createHtmlWriter,
};

/** Open one writer per mode at `<basePath><extension>` (duplicates ignored). The caller creates the directory. */
export async function createWriters(modes: readonly OutputMode[], basePath: string, ctx: OutputContext): Promise<OutputWriter[]> {
  return [...new Set(modes)].map((mode) => FACTORIES[mode](`${basePath}${OUTPUT_EXTENSIONS[mode]}`, ctx));
}

export type { OutputContext, OutputWriter } from './types.js';
export { createCsvWriter } from './csv.js';
export { createOcsfWriter } from './ocsf.js';
export { Summary, formatFindingLine } from './console.js';
