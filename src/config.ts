/**
 * The config file (--config-file): overrides check parameters. It reads Prowler's own config.yaml as is:
 *
 *   aws:                               # applies to every check that has a parameter of this name
 *     max_unused_access_keys_days: 60  # (Prowler's key names, unchanged)
 *   checks:                            # prowl's addition: applies to one check
 *     iam_password_policy_minimum_length_14:
 *       min_password_length: 16
 *   azure: ...                         # other providers' sections are ignored
 *
 * Keys no selected-or-not check of prowl uses yet (Prowler has many more checks) are collected into one
 * warning, never refused, so a real Prowler config works unchanged. A key prowl does use must have the
 * right type: a wrong type is an error with its line. A list of numbers is accepted where prowl's
 * parameter is a list of strings (Prowler writes ports as numbers), and so is a mapping of names to values
 * or lists, as "NAME=value" entries (Prowler writes enclave_golden_pcr_values as {PCR0: [...]}).
 */
import { readFile } from 'node:fs/promises';
import { parseDocument, LineCounter } from 'yaml';
import type { Check, Params } from './core/check.js';
import { EXIT, UserError } from './cli/errors.js';
import { didYouMean } from './core/select.js';

type Value = Params[string];

const isMapping = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The document as plain data; a YAML alias bomb (aliases expanding to millions of nodes) is a usage error. */
export function toJsGuarded(doc: { toJS(o?: { maxAliasCount?: number }): unknown }, path: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (err) {
    throw new UserError(`${path}: refused: ${String((err as Error).message).split('\n')[0]} (too many YAML aliases)`, EXIT.usage);
  }
}

/** Largest number a parameter may take (days, counts, sizes): anything larger is a typo or an attack. */
export const MAX_PARAM_NUMBER = 10_000_000;

/** Why a numeric parameter value is unusable (NaN, infinite, negative, absurdly large), or undefined. */
export function badNumber(v: unknown): string | undefined {
  if (typeof v !== 'number') return undefined;
  if (Number.isNaN(v)) return 'must be a number, not NaN';
  if (!Number.isFinite(v)) return 'must be a finite number';
  if (v < 0) return `must not be negative (got ${v})`;
  if (v > MAX_PARAM_NUMBER) return `is too large (${v}; at most ${MAX_PARAM_NUMBER})`;
  return undefined;
}

/** Prowler's sections for its other providers: a Prowler config.yaml has them, prowl scans AWS only. */
const OTHER_PROVIDERS = new Set(['azure', 'gcp', 'kubernetes', 'm365', 'microsoft365', 'github', 'iac', 'nhn', 'mongodbatlas', 'oraclecloud', 'oci', 'llm', 'alibabacloud']);

export interface ConfigResult {
  /** Parameters per check id. */
  params: Record<string, Params>;
  /** What the file has that prowl does not use (yet): one line to print as a warning, or none. */
  warnings: string[];
}

export async function loadConfig(path: string, checks: Check[]): Promise<ConfigResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new UserError(`cannot read config file ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, EXIT.usage);
  }
  return readConfig(text, path, checks);
}

/** The parameters only (unused keys are dropped): see readConfig for the warnings. */
export function parseConfig(text: string, path: string, checks: Check[]): Record<string, Params> {
  return readConfig(text, path, checks).params;
}

export function readConfig(text: string, path: string, checks: Check[]): ConfigResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const line = lines.linePos(e.pos[0]).line;
    throw new UserError(`${path}:${line}: invalid YAML: ${e.message.split('\n')[0]}`, EXIT.usage);
  }
  const data: unknown = toJsGuarded(doc, path);
  if (!isMapping(data)) throw new UserError(`${path}: expected a mapping with "aws" and/or "checks" (Prowler's config.yaml layout)`, EXIT.usage);
  const lineOf = (keys: string[]) => {
    const node = doc.getIn(keys, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lines.linePos(node.range[0]).line : 1;
  };
  const unused: string[] = [];
  const ignoredSections: string[] = [];
  for (const k of Object.keys(data)) {
    if (k === 'aws' || k === 'checks') continue;
    if (OTHER_PROVIDERS.has(k)) ignoredSections.push(k);
    else unused.push(k);
  }
  /** The mapping at `where` (empty when absent): a list or a scalar there would otherwise be ignored or misread. */
  const mappingAt = (where: string[], what: string): Record<string, unknown> => {
    const v = where.reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], data) ?? {};
    if (!isMapping(v)) throw new UserError(`${path}:${lineOf(where)}: ${where.join('.')} must be a mapping of ${what}`, EXIT.usage);
    return v;
  };
  const out: Record<string, Params> = {};
  /** The value in prowl's type for the parameter, or undefined when it has the wrong type. */
  const coerce = (def: Value, v: unknown): Value | undefined => {
    if (Array.isArray(def)) {
      const scalar = (x: unknown) => typeof x === 'string' || typeof x === 'number';
      // A mapping of names to values or lists (Prowler writes enclave_golden_pcr_values as {PCR0: [..]}) becomes
      // "NAME=value" entries, one per value.
      if (isMapping(v)) {
        const entries = Object.entries(v).flatMap(([k, x]) => (Array.isArray(x) ? x.map((y) => [k, y] as const) : [[k, x] as const]));
        if (!entries.every(([, x]) => scalar(x))) return undefined;
        return entries.map(([k, x]) => `${k}=${String(x)}`);
      }
      if (!Array.isArray(v) || !v.every(scalar)) return undefined;
      return v.map(String);
    }
    return typeof v === typeof def ? (v as Value) : undefined;
  };
  const nulls: string[] = [];
  const apply = (check: Check, name: string, v: unknown, where: string[]) => {
    const def = check.params?.[name];
    if (def === undefined) return false;
    if (v === null) {
      // "key:" with no value (Prowler writes shodan_api_key: null): the default stays.
      nulls.push(where.join('.'));
      return true;
    }
    const value = coerce(def, v);
    if (value === undefined) {
      throw new UserError(`${path}:${lineOf(where)}: ${name} must be ${Array.isArray(def) ? 'a list of strings' : `a ${typeof def}`}`, EXIT.usage);
    }
    const bad = badNumber(value);
    if (bad) throw new UserError(`${path}:${lineOf(where)}: ${name} ${bad}`, EXIT.usage);
    (out[check.id] ??= {})[name] = value;
    return true;
  };
  for (const [name, v] of Object.entries(mappingAt(['aws'], 'parameter names to values'))) {
    const used = checks.filter((c) => apply(c, name, v, ['aws', name]));
    if (used.length === 0) unused.push(`aws.${name}`);
  }
  for (const id of Object.keys(mappingAt(['checks'], 'check ids to their parameters'))) {
    const check = checks.find((c) => c.id === id);
    if (!check) {
      unused.push(`checks.${id}${didYouMean(id, checks.map((c) => c.id))}`);
      continue;
    }
    for (const [name, v] of Object.entries(mappingAt(['checks', id], 'parameter names to values'))) {
      if (!apply(check, name, v, ['checks', id, name])) {
        throw new UserError(`${path}:${lineOf(['checks', id, name])}: ${id} has no parameter "${name}" (it has: ${Object.keys(check.params ?? {}).join(', ') || 'none'})`, EXIT.usage);
      }
    }
  }
  const warnings: string[] = [];
  if (unused.length) {
    warnings.push(`${path}: ${unused.length} key${unused.length === 1 ? '' : 's'} not used by prowl (yet), ignored: ${unused.join(', ')}`);
  }
  if (nulls.length) warnings.push(`${path}: no value given for ${nulls.join(', ')}; the default${nulls.length === 1 ? '' : 's'} stay${nulls.length === 1 ? 's' : ''}`);
  if (ignoredSections.length) warnings.push(`${path}: sections for other providers ignored: ${ignoredSections.join(', ')}`);
  return { params: out, warnings };
}
