/**
 * The config file (-/--config-file): overrides check parameters.
 *
 *   aws:                               # applies to every check that has a parameter of this name
 *     max_unused_access_keys_days: 60
 *   checks:                            # applies to one check
 *     iam_password_policy_minimum_length_14:
 *       min_password_length: 16
 *
 * Unknown parameter names and wrong types are errors (with the line), never silently ignored.
 */
import { readFile } from 'node:fs/promises';
import { parseDocument, LineCounter } from 'yaml';
import type { Check, Params } from './core/check.js';
import { EXIT, UserError } from './cli/errors.js';

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

export async function loadConfig(path: string, checks: Check[]): Promise<Record<string, Params>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new UserError(`cannot read config file ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, EXIT.usage);
  }
  return parseConfig(text, path, checks);
}

export function parseConfig(text: string, path: string, checks: Check[]): Record<string, Params> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const line = lines.linePos(e.pos[0]).line;
    throw new UserError(`${path}:${line}: invalid YAML: ${e.message.split('\n')[0]}`, EXIT.usage);
  }
  const data: unknown = toJsGuarded(doc, path);
  if (!isMapping(data)) throw new UserError(`${path}: expected a mapping with "aws" and/or "checks"`, EXIT.usage);
  const lineOf = (keys: string[]) => {
    const node = doc.getIn(keys, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lines.linePos(node.range[0]).line : 1;
  };
  for (const k of Object.keys(data)) {
    if (k !== 'aws' && k !== 'checks') throw new UserError(`${path}:${lineOf([k])}: unknown section "${k}" (expected aws or checks)`, EXIT.usage);
  }
  /** The mapping at `where` (empty when absent): a list or a scalar there would otherwise be ignored or misread. */
  const mappingAt = (where: string[], what: string): Record<string, unknown> => {
    const v = where.reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], data) ?? {};
    if (!isMapping(v)) throw new UserError(`${path}:${lineOf(where)}: ${where.join('.')} must be a mapping of ${what}`, EXIT.usage);
    return v;
  };
  const out: Record<string, Params> = {};
  const sameType = (def: Value, v: unknown) =>
    Array.isArray(def) ? Array.isArray(v) && v.every((x) => typeof x === 'string') : typeof v === typeof def;
  const apply = (check: Check, name: string, v: unknown, where: string[]) => {
    const def = check.params?.[name];
    if (def === undefined) return false;
    if (!sameType(def, v)) {
      throw new UserError(`${path}:${lineOf(where)}: ${name} must be ${Array.isArray(def) ? 'a list of strings' : `a ${typeof def}`}`, EXIT.usage);
    }
    const bad = badNumber(v);
    if (bad) throw new UserError(`${path}:${lineOf(where)}: ${name} ${bad}`, EXIT.usage);
    (out[check.id] ??= {})[name] = v as Value;
    return true;
  };
  for (const [name, v] of Object.entries(mappingAt(['aws'], 'parameter names to values'))) {
    const used = checks.filter((c) => apply(c, name, v, ['aws', name]));
    if (used.length === 0) {
      const known = [...new Set(checks.flatMap((c) => Object.keys(c.params ?? {})))].sort();
      throw new UserError(`${path}:${lineOf(['aws', name])}: no check has a parameter "${name}" (known: ${known.join(', ')})`, EXIT.usage);
    }
  }
  for (const id of Object.keys(mappingAt(['checks'], 'check ids to their parameters'))) {
    const check = checks.find((c) => c.id === id);
    if (!check) throw new UserError(`${path}:${lineOf(['checks', id])}: unknown check ${id}`, EXIT.usage);
    for (const [name, v] of Object.entries(mappingAt(['checks', id], 'parameter names to values'))) {
      if (!apply(check, name, v, ['checks', id, name])) {
        throw new UserError(`${path}:${lineOf(['checks', id, name])}: ${id} has no parameter "${name}" (it has: ${Object.keys(check.params ?? {}).join(', ') || 'none'})`, EXIT.usage);
      }
    }
  }
  return out;
}
