/** Output formats by name (-M/--output-modes), and the factory that opens one writer per format. */
import pc from 'picocolors';
import { createCsvWriter } from './csv.js';
import { createOcsfWriter } from './ocsf.js';
import { createHtmlWriter } from './html/index.js';
import { createAsffWriter } from './asff.js';
import { createJunitWriter } from './junit.js';
import { createJsonWriter } from './json.js';
import { createTextWriter } from './text.js';
import type { OutputContext, OutputWriter } from './types.js';
import { neutraliseFinding } from './common.js';

/** Prowler 5's formats, then Prowler 2's modes (text and mono, json, junit-xml). */
export const OUTPUT_MODES = ['csv', 'json-ocsf', 'html', 'json-asff', 'junit-xml', 'json', 'text', 'mono'] as const;
export type OutputMode = (typeof OUTPUT_MODES)[number];

/** File extension per mode, as Prowler names its reports (text goes to the console). */
export const OUTPUT_EXTENSIONS: Record<OutputMode, string> = {
  csv: '.csv',
  'json-ocsf': '.ocsf.json',
  html: '.html',
  'json-asff': '.asff.json',
  'junit-xml': '.junit.xml',
  json: '.json',
  text: '',
  mono: '.txt',
};

const FACTORIES: Record<OutputMode, (path: string, ctx: OutputContext) => OutputWriter> = {
  csv: createCsvWriter,
  'json-ocsf': createOcsfWriter,
  html: createHtmlWriter,
  'json-asff': createAsffWriter,
  'junit-xml': createJunitWriter,
  json: createJsonWriter,
  // Prowler 2 printed its text mode on the console; mono is the same without colour, in a file.
  text: (_path, ctx) => createTextWriter(process.stdout, { colour: pc.isColorSupported, frameworks: ctx.frameworks }),
  mono: (path, ctx) => createTextWriter(path, { colour: false, frameworks: ctx.frameworks }),
};

/**
 * Open one writer per mode at `<basePath><extension>` (duplicates ignored). The caller creates the directory.
 * Every writer receives findings with terminal controls and bidi overrides neutralised (neutraliseFinding);
 * files are written to a temporary name and renamed when complete, never through a symbolic link, mode 0600.
 */
export async function createWriters(modes: readonly OutputMode[], basePath: string, ctx: OutputContext): Promise<OutputWriter[]> {
  const safe = new WeakMap<object, ReturnType<typeof neutraliseFinding>>();
  return [...new Set(modes)].map((mode) => {
    const writer = FACTORIES[mode](`${basePath}${OUTPUT_EXTENSIONS[mode]}`, ctx);
    return {
      path: writer.path,
      write(finding, check) {
        let clean = safe.get(finding);
        if (!clean) safe.set(finding, (clean = neutraliseFinding(finding)));
        return writer.write(clean, check);
      },
      close: () => writer.close(),
    };
  });
}

export type { OutputContext, OutputWriter } from './types.js';
export { createCsvWriter } from './csv.js';
export { createOcsfWriter } from './ocsf.js';
export { Summary, formatFindingLine } from './console.js';
