/**
 * The mutelist: findings the user has accepted. Muted findings are still reported (MUTED=True,
 * OCSF status Suppressed) but do not fail the scan.
 *
 * Two formats, told apart by content:
 *
 * 1. Prowler's YAML mutelist:
 *
 *      Mutelist:
 *        Accounts:
 *          "*":                         # or a 12-digit account id
 *            Checks:
 *              "iam_user_.*":           # check id or regex
 *                Regions: ["*"]
 *                Resources: ["ci-.*"]   # matched against the resource ARN, id or name
 *                Tags: ["env=dev|env=test", "team=core"]   # each entry must match; '|' inside one is OR
 *                Exceptions: { Accounts: [], Regions: [], Resources: [], Tags: [] }
 *                Description: why this is accepted
 *
 * 2. Prowler 2's allowlist lines: `<account_id|*>:<check_id>:<resource_regex>`, or `<check_id>:<resource_regex>`
 *    for any account; '#' starts a comment line. Prowler 2 ids (check11, extra72) mean the Prowler 5 checks that
 *    replaced them.
 *
 * Semantics follow Prowler: every value is a regular expression searched (unanchored) in the finding's value,
 * with glob-style '*' meaning '.*' (see patterns.ts); tags are searched in "k1=v1 | k2=v2"; an entry mutes a
 * finding when its check, a region, a resource and every tag entry match and its exceptions do not. Rules for
 * the finding's own account are tried before the "*" rules. A malformed file throws MutelistError with a
 * one-line message naming the file and line.
 */
import { readFile } from 'node:fs/promises';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { EXIT, UserError } from '../cli/errors.js';
import type { Muter } from '../core/evaluate.js';
import type { Finding } from '../core/types.js';
import prowler2 from '../compliance/prowler2.json' with { type: 'json' };
import { compilePattern, type Matcher } from './patterns.js';

export { MAX_PATTERN_LENGTH } from './patterns.js';

/** A malformed or unreadable mutelist: a usage error (exit code 2), printed as its one line. */
export class MutelistError extends UserError {
  constructor(message: string) {
    super(message, EXIT.usage);
    this.name = 'MutelistError';
  }
}

export interface Mutelist extends Muter {
  /** The file the rules came from. */
  readonly source: string;
  readonly format: 'yaml' | 'prowler2';
  /** Number of rules (account x check entries, or lines). */
  readonly size: number;
  /** The mutelist entry's Description (or a short "mutelist: account/check" label) when it mutes the finding. */
  match(finding: Finding): string | undefined;
}

interface Exceptions {
  accounts: Matcher[];
  regions: Matcher[];
  resources: Matcher[];
  tags: Matcher[];
}

interface Rule {
  check: (checkId: string) => boolean;
  /** The check ids the rule names exactly (Prowler 2 ids): the index finds it without testing. */
  exactChecks?: string[];
  /** The check key as written: rules with the same key are tested once per check id. */
  checkKey: string;
  /** Position in its account block: an exception ends the search in file order. */
  order: number;
  regions: Matcher[];
  resources: Matcher[];
  /** Every one must match the finding's tag string. */
  tags: Matcher[];
  exceptions?: Exceptions;
  label: string;
}

const ANY: Matcher = { source: '.*', test: () => true };
const ACCOUNT_KEY = /^(\d{12}|\*)$/;
const P2 = prowler2 as { aliases: Record<string, string[]> };
const PROWLER2_ID = /^(check|extra)\d+$/;

/** Prowler's "k1=v1 | k2=v2" rendering of resource tags, which tag patterns are searched in. */
export function tagString(tags: Record<string, string> | undefined): string {
  return tags ? Object.entries(tags).map(([k, v]) => `${k}=${v}`).join(' | ') : '';
}

const anyMatches = (patterns: Matcher[], value: string) => patterns.some((p) => p.test(value));
const resourceMatches = (patterns: Matcher[], f: Finding) =>
  patterns.some((p) => p.test(f.resource.arn) || p.test(f.resource.id) || (f.resource.name !== undefined && p.test(f.resource.name)));

function isExcepted(e: Exceptions | undefined, f: Finding, tags: string): boolean {
  if (!e) return false;
  const given = [e.accounts, e.regions, e.resources, e.tags].some((l) => l.length > 0);
  return (
    given &&
    (e.accounts.length === 0 || anyMatches(e.accounts, f.accountId)) &&
    (e.regions.length === 0 || anyMatches(e.regions, f.region)) &&
    (e.resources.length === 0 || resourceMatches(e.resources, f)) &&
    (e.tags.length === 0 || e.tags.every((t) => t.test(tags)))
  );
}

class CompiledMutelist implements Mutelist {
  /** Per account: rules by exact check id, and the rules whose check key is a pattern. */
  private readonly index = new Map<string, { exact: Map<string, Rule[]>; patterns: Map<string, Rule[]>; byCheck: Map<string, Rule[]> }>();

  constructor(
    readonly source: string,
    readonly format: 'yaml' | 'prowler2',
    private readonly byAccount: Map<string, Rule[]>,
  ) {
    for (const [account, rules] of byAccount) {
      const exact = new Map<string, Rule[]>();
      const patterns = new Map<string, Rule[]>();
      for (const rule of rules) {
        if (!rule.exactChecks) {
          const list = patterns.get(rule.checkKey);
          if (list) list.push(rule);
          else patterns.set(rule.checkKey, [rule]);
          continue;
        }
        for (const id of rule.exactChecks) {
          const list = exact.get(id);
          if (list) list.push(rule);
          else exact.set(id, [rule]);
        }
      }
      this.index.set(account, { exact, patterns, byCheck: new Map() });
    }
  }

  get size(): number {
    let n = 0;
    for (const rules of this.byAccount.values()) n += rules.length;
    return n;
  }

  /** The rules of an account block that apply to a check, in file order (computed once per check). */
  private rulesFor(account: string, checkId: string): Rule[] | undefined {
    const block = this.index.get(account);
    if (!block) return undefined;
    let rules = block.byCheck.get(checkId);
    if (!rules) {
      const fromPatterns: Rule[] = [];
      for (const group of block.patterns.values()) if (group[0].check(checkId)) fromPatterns.push(...group);
      const exact = block.exact.get(checkId) ?? [];
      rules = fromPatterns.length ? [...exact, ...fromPatterns].sort((a, b) => a.order - b.order) : exact;
      block.byCheck.set(checkId, rules);
    }
    return rules;
  }

  match(finding: Finding): string | undefined {
    let tags: string | undefined;
    for (const account of [finding.accountId, '*']) {
      const rules = this.rulesFor(account, finding.checkId);
      if (rules?.length) {
        tags ??= tagString(finding.resource.tags);
        for (const rule of rules) {
          // As in Prowler: an exception on a matching check ends the search in this account's block.
          if (isExcepted(rule.exceptions, finding, tags)) break;
          if (anyMatches(rule.regions, finding.region) && resourceMatches(rule.resources, finding) && rule.tags.every((t) => t.test(tags!))) {
            return rule.label;
          }
        }
      }
      if (account === '*') break;
    }
    return undefined;
  }
}

/** Where a problem is: 1-based line (or a function computing it only when there is a problem), or undefined. */
type Line = number | undefined | (() => number | undefined);
type Fail = (line: Line, problem: string) => never;
const lineOf = (l: Line) => (typeof l === 'function' ? l() : l);

function compileCheck(key: string, line: Line, fail: Fail): Pick<Rule, 'check' | 'exactChecks' | 'checkKey'> {
  // Prowler 2 ids stand for the checks that replaced them.
  if (PROWLER2_ID.test(key)) {
    const ids = P2.aliases[key];
    if (!ids) fail(line, `unknown Prowler 2 check id ${key}`);
    const set = new Set(ids);
    return { check: (id) => set.has(id), exactChecks: ids, checkKey: key };
  }
  // Prowler renames lambda_* checks to awslambda_*.
  const pattern = key.replace(/^lambda_/, 'awslambda_');
  if (pattern === '*') return { check: () => true, checkKey: key };
  const re = compileOrFail(pattern, line, fail);
  // An unanchored search: "iam_user" also matches iam_user_mfa_enabled..., so only a full id is exact.
  return { check: (id) => id === pattern || re.test(id), checkKey: key };
}

function compileOrFail(pattern: string, line: Line, fail: Fail): Matcher {
  try {
    return compilePattern(pattern);
  } catch (err) {
    return fail(line, (err as Error).message);
  }
}

// ---------------------------------------------------------------------------------------------
// YAML format

const patternList = z.array(z.string().min(1, 'empty pattern'));
const requiredList = (what: string) => patternList.min(1, `${what} must list at least one pattern (use "*" for all)`);
const yamlSchema = z.strictObject({
  Mutelist: z.strictObject({
    Accounts: z.record(
      z.string().regex(ACCOUNT_KEY, 'an account must be a 12-digit AWS account id or "*"'),
      z.strictObject({
        Checks: z.record(
          z.string().min(1, 'empty check id'),
          z.strictObject({
            Regions: requiredList('Regions'),
            Resources: requiredList('Resources'),
            Tags: patternList.optional(),
            Exceptions: z
              .strictObject({
                Accounts: patternList.optional(),
                Regions: patternList.optional(),
                Resources: patternList.optional(),
                Tags: patternList.optional(),
                Description: z.string().optional(),
              })
              .optional(),
            Description: z.string().optional(),
          }),
        ),
      }),
    ),
  }),
});

function parseYaml(text: string, fileName: string): Mutelist {
  const lineCounter = new LineCounter();
  const fail: Fail = (l, problem) => {
    const line = lineOf(l);
    throw new MutelistError(`${fileName}${line ? `:${line}` : ''}: ${problem}`);
  };
  // The failsafe schema keeps every scalar a string: account 012345678901 keeps its leading zero, "on" stays "on".
  // Duplicate keys are found below with a set per map: the parser's own check compares every key with every
  // other (quadratic: minutes for a 100,000-entry mutelist).
  const doc = parseDocument(text, { schema: 'failsafe', lineCounter, prettyErrors: false, uniqueKeys: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  if (!doc.errors.length) {
    const dup = duplicateKey(doc.contents);
    if (dup !== undefined) fail(lineAt(dup), 'invalid YAML: Map keys must be unique');
  }
  if (doc.errors.length) {
    const e = doc.errors[0];
    const hint = /alias/i.test(e.message) ? ' (quote a lone * as "*")' : '';
    fail(lineAt(e.pos[0]), `invalid YAML: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}${hint}`);
  }
  const root = doc.contents;
  if (!isMap(root) || !root.items.some((p) => isScalar(p.key) && p.key.value === 'Mutelist')) {
    const keys = isMap(root) ? root.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '?')) : [];
    const hint = keys.includes('Allowlist') ? ' (rename Prowler 3\'s "Allowlist:" to "Mutelist:")' : '';
    fail(lineAt(root?.range?.[0]) ?? 1, `expected a top-level "Mutelist:" key${hint}`);
  }
  let plain: unknown;
  try {
    plain = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    // An alias bomb: a few lines of aliases that expand to millions of nodes.
    fail(undefined, `refused: ${String((err as Error).message).split('\n')[0]} (too many YAML aliases)`);
  }
  const parsed = yamlSchema.safeParse(plain);
  if (!parsed.success) {
    // A misspelt key explains a missing one: report unknown keys first.
    const issue = parsed.error.issues.find((i) => i.code === 'unrecognized_keys') ?? parsed.error.issues[0];
    const path = issue.path.map(String);
    const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    const offset = unknownKey !== undefined ? locate(doc, [...path, unknownKey], true) : locate(doc, path, issue.code === 'invalid_key');
    const where = path.map((p) => (/^[A-Za-z_][\w-]*$/.test(p) ? p : JSON.stringify(p))).join('.');
    const problem =
      unknownKey !== undefined ? `unknown key ${JSON.stringify(unknownKey)}`
      : issue.code === 'invalid_key' ? issue.issues[0]?.message ?? issue.message
      : issue.message
          .replace(/^Invalid input: expected (\w+), received undefined$/, 'missing (expected $1)')
          .replace(/^Invalid input: expected array, received \w+$/, 'expected a list, e.g. ["*"]')
          .replace(/^Invalid input: /, '');
    fail(lineAt(offset), `${where ? `${where}: ` : ''}${problem}`);
  }

  const byAccount = new Map<string, Rule[]>();
  const accounts = parsed.data.Mutelist.Accounts;
  for (const [account, { Checks }] of Object.entries(accounts)) {
    const rules: Rule[] = [];
    for (const [checkKey, entry] of Object.entries(Checks)) {
      const base = ['Mutelist', 'Accounts', account, 'Checks', checkKey];
      // Lines are looked up only for an error message: locating is linear in the file, and a mutelist may have 100,000 entries.
      const compileList = (list: string[] | undefined, ...sub: string[]) =>
        (list ?? []).map((p, i) => compileOrFail(p, () => lineAt(locate(doc, [...base, ...sub, String(i)])), fail));
      const ex = entry.Exceptions;
      rules.push({
        ...compileCheck(checkKey, () => lineAt(locate(doc, base, true)), fail),
        order: rules.length,
        regions: compileList(entry.Regions, 'Regions'),
        resources: compileList(entry.Resources, 'Resources'),
        tags: compileList(entry.Tags, 'Tags'),
        exceptions: ex && {
          accounts: compileList(ex.Accounts, 'Exceptions', 'Accounts'),
          regions: compileList(ex.Regions, 'Exceptions', 'Regions'),
          resources: compileList(ex.Resources, 'Exceptions', 'Resources'),
          tags: compileList(ex.Tags, 'Exceptions', 'Tags'),
        },
        label: entry.Description?.trim() || `mutelist: ${account}/${checkKey}`,
      });
    }
    byAccount.set(account, rules);
  }
  return new CompiledMutelist(fileName, 'yaml', byAccount);
}

/** Source offset of the first key repeated in a map, anywhere in the document. */
function duplicateKey(node: unknown): number | undefined {
  if (isMap(node)) {
    const seen = new Set<string>();
    for (const pair of node.items) {
      const k = isScalar(pair.key) ? String(pair.key.value) : JSON.stringify(pair.key);
      if (seen.has(k)) return rangeOf(pair.key);
      seen.add(k);
      const inner = duplicateKey(pair.value);
      if (inner !== undefined) return inner;
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      const inner = duplicateKey(item);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}

const rangeOf = (node: unknown): number | undefined => (node as { range?: [number, number, number] } | null)?.range?.[0];

/** Source offset of the node at `path` (of its key when `key`), or of the deepest ancestor found, for error lines. */
function locate(doc: Document, path: string[], key = false): number | undefined {
  let node: unknown = doc.contents;
  let offset = rangeOf(node);
  let parentKey: number | undefined; // a missing key is reported on the line of its parent's key
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) return parentKey ?? offset;
      node = pair.value;
      parentKey = rangeOf(pair.key);
      offset = (key ? parentKey : rangeOf(pair.value) ?? parentKey) ?? offset;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
      if (node === undefined) break;
      offset = rangeOf(node) ?? offset;
    } else break;
  }
  return offset;
}

// ---------------------------------------------------------------------------------------------
// Prowler 2 text format

function parseLines(text: string, fileName: string): Mutelist {
  const byAccount = new Map<string, Rule[]>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const fail: Fail = (l, problem) => {
      throw new MutelistError(`${fileName}:${lineOf(l) ?? lineNo}: ${problem}`);
    };
    let account = '*';
    let rest = line;
    const accountMatch = /^(\d{12}|\*):(.*)$/.exec(line);
    if (accountMatch && accountMatch[2].includes(':')) {
      account = accountMatch[1];
      rest = accountMatch[2];
    }
    const colon = rest.indexOf(':');
    if (colon < 0) fail(lineNo, `expected <check_id>:<resource_regex> or <account_id>:<check_id>:<resource_regex>, got ${JSON.stringify(line.slice(0, 80))}`);
    const checkKey = rest.slice(0, colon).trim();
    const resource = rest.slice(colon + 1).trim();
    if (!checkKey) fail(lineNo, 'missing check id');
    if (!resource) fail(lineNo, 'missing resource regex (use * for every resource)');
    let rules = byAccount.get(account);
    if (!rules) byAccount.set(account, (rules = []));
    rules.push({
      ...compileCheck(checkKey, lineNo, fail),
      order: rules.length,
      regions: [ANY],
      resources: [compileOrFail(resource, lineNo, fail)],
      tags: [],
      label: `mutelist: ${account}/${checkKey} (line ${lineNo})`,
    });
  });
  return new CompiledMutelist(fileName, 'prowler2', byAccount);
}

// ---------------------------------------------------------------------------------------------

/**
 * YAML when any meaningful line looks like YAML structure: indented, a `key: value` entry, a list item, a flow
 * collection, or a top-level Mutelist:/Allowlist: key. Prowler 2 lines are flush left and have no ": ".
 */
function looksLikeYaml(lines: string[]): boolean {
  return lines.some((l) => /^\s/.test(l) || /:\s/.test(l) || /^(- |-$|[{[])/.test(l) || /^(Mutelist|Allowlist)\s*:\s*$/i.test(l));
}

export function parseMutelist(text: string, fileName: string): Mutelist {
  const meaningful = text.split(/\r?\n/).filter((l) => l.trim() && !l.trim().startsWith('#'));
  if (meaningful.length === 0) throw new MutelistError(`${fileName}: the mutelist is empty`);
  return looksLikeYaml(meaningful) ? parseYaml(text, fileName) : parseLines(text, fileName);
}

export async function loadMutelist(path: string): Promise<Mutelist> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new MutelistError(`cannot read mutelist ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return parseMutelist(text.replace(/^\uFEFF/, ''), path);
}
