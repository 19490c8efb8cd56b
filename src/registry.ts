/**
 * The check catalogue: every built-in check is a file src/services/<service>/checks/<id>.ts whose default
 * export is a check. They are discovered on disk (so adding a check is adding a file), and custom checks
 * from `-x/--checks-folder` are loaded the same way. The bundled `prowl` command (scripts/build.mjs) has no
 * source tree to look at: its build generates the same list from the files on disk and hands it over with
 * useCheckManifest().
 */
import { readdir, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkMetadataSchema, type Check } from './core/check.js';
import { UserError, EXIT } from './cli/errors.js';

const here = dirname(fileURLToPath(import.meta.url));
const isCheckFile = (name: string) =>
  /\.(ts|js|mjs)$/.test(name) && !/\.(test|spec)[.-]|\.d\.ts$/.test(name);

export interface Catalogue {
  checks: Check[];
  byId: Map<string, Check>;
}

let builtin: Promise<Check[]> | undefined;

/** A check module as imported: its file (relative to the package root) and the module. */
export type CheckModule = readonly [file: string, module: { default?: unknown }];
let manifest: (() => Promise<{ CHECK_MODULES: readonly CheckModule[] }>) | undefined;

/** Load the built-in checks from a generated catalogue instead of the files on disk (the bundled command). */
export function useCheckManifest(load: () => Promise<{ CHECK_MODULES: readonly CheckModule[] }>): void {
  manifest = load;
  builtin = undefined;
}

/** All built-in checks, sorted by id. Checks only import type-level SDK code, so this stays cheap. */
export function loadBuiltinChecks(): Promise<Check[]> {
  builtin ??= (async () => {
    if (manifest) {
      const { CHECK_MODULES } = await manifest();
      // The same files the tests load from disk, where their metadata is validated: only the id is checked here.
      return CHECK_MODULES.map(([file, mod]) => validCheck(mod as { default?: Check }, file, 'builtin', false)).sort((a, b) => a.id.localeCompare(b.id));
    }
    const servicesDir = join(here, 'services');
    const services = await readdir(servicesDir);
    const files: string[] = [];
    for (const svc of services) {
      const dir = join(servicesDir, svc, 'checks');
      let names: string[];
      try {
        names = await readdir(dir);
      } catch {
        continue;
      }
      // Prefer compiled .js when both exist (never happens in src/, but be safe).
      const seen = new Set<string>();
      for (const n of names.sort()) {
        if (!isCheckFile(n)) continue;
        const id = basename(n, extname(n));
        if (seen.has(id)) continue;
        seen.add(id);
        files.push(join(dir, n));
      }
    }
    const checks = await Promise.all(files.map(async (f) => loadCheckFile(f, 'builtin')));
    return checks.sort((a, b) => a.id.localeCompare(b.id));
  })();
  return builtin;
}

async function loadCheckFile(file: string, origin: string): Promise<Check> {
  let mod: { default?: Check };
  try {
    mod = await import(pathToFileURL(file).href);
  } catch (err) {
    // A built-in check that does not load is a bug; a custom one that does not compile or throws is the user's to fix.
    if (origin === 'builtin') throw err;
    const reason = String((err as Error)?.message ?? err).replace(/\s+/g, ' ').trim().slice(0, 300);
    throw new UserError(`cannot load custom check ${file}: ${reason}`, EXIT.usage);
  }
  return validCheck(mod, file, origin);
}

function validCheck(mod: { default?: Check }, file: string, origin: string, validateMetadata = true): Check {
  const check = mod.default;
  if (!check || typeof check !== 'object') throw new UserError(`${file} has no default export (expected defineCheck({...}))`, EXIT.usage);
  const parsed = validateMetadata ? checkMetadataSchema.safeParse(check) : { success: true as const };
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError(`${file}: invalid check metadata at ${issue.path.join('.') || '(root)'}: ${issue.message}`, EXIT.usage);
  }
  const expected = basename(file, extname(file));
  if (check.id !== expected) throw new UserError(`${file}: check id ${check.id} must match its file name (${expected})`, EXIT.usage);
  return { ...check, origin };
}

/** Load custom checks from a folder: each .ts/.js/.mjs file default-exports a check. TypeScript is loaded through tsx. */
export async function loadCustomChecks(folder: string): Promise<Check[]> {
  const dir = resolve(folder);
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a directory');
    names = await readdir(dir);
  } catch {
    throw new UserError(`checks folder ${folder} does not exist or is not a directory`, EXIT.usage);
  }
  const files = names.filter(isCheckFile).sort();
  if (files.some((f) => f.endsWith('.ts'))) {
    const { register } = await import('tsx/esm/api');
    register();
  }
  const out: Check[] = [];
  for (const f of files) out.push(await loadCheckFile(join(dir, f), join(dir, f)));
  return out;
}

export function makeCatalogue(checks: Check[]): Catalogue {
  const byId = new Map<string, Check>();
  for (const c of checks) {
    if (byId.has(c.id)) throw new UserError(`duplicate check id ${c.id} (${byId.get(c.id)!.origin} and ${c.origin})`, EXIT.usage);
    byId.set(c.id, c);
  }
  return { checks: [...byId.values()].sort((a, b) => a.id.localeCompare(b.id)), byId };
}
