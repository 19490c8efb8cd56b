import { readFileSync } from 'node:fs';

/** prowl's version, from package.json (one level above both src/ and dist/). */
export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** The repository root (where demo/ and examples/ live), from src/ or dist/. */
export const PACKAGE_ROOT = new URL('..', import.meta.url);
