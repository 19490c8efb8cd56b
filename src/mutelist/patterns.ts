/**
 * Mutelist patterns: regular expressions matched unanchored (like Python's re.search), where a '*'
 * that cannot be a quantifier of a regex atom, or follows a plain literal, means "anything" ('.*').
 *
 *   "*"          -> ".*"          everything
 *   "prod-*"     -> "prod-.*"     prod-anything
 *   "(dev|qa).*" -> unchanged      already a regex
 *   "a\d*"       -> unchanged      quantifier of an escape
 *
 * Patterns run on a linear-time engine (RE2 semantics, through re2js): a pattern such as `(a+)+$` against a
 * long resource name takes time proportional to the name, never the exponential time a backtracking engine
 * can take, so whoever names a resource cannot stall the scan. RE2 has no backreferences or lookarounds;
 * a pattern using them is refused when the mutelist is loaded. Patterns that are literal text with glob
 * stars (the vast majority) are matched as text, without a regex engine at all. Every pattern is compiled
 * once per distinct text, up front, so a malformed one is a usage error before the scan.
 */
import { RE2JS } from 're2js';
export const MAX_PATTERN_LENGTH = 500;

/** Rewrite glob-style stars into '.*', leaving regex quantifiers (`.*`, `)*`, `]*`, `\d*`) alone. */
export function globStars(pattern: string): string {
  let out = '';
  let inClass = false;
  let prevIsAtom = false; // whether the previous token can take a quantifier as a regex would mean it
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      out += c + pattern[++i];
      prevIsAtom = !inClass;
      continue;
    }
    if (inClass) {
      out += c;
      if (c === ']') {
        inClass = false;
        prevIsAtom = true;
      }
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      continue;
    }
    if (c === '*') {
      // Keep real quantifiers: after '.', ')', ']' or an escape sequence. Anything else is a glob star.
      out += prevIsAtom ? '*' : '.*';
      prevIsAtom = false;
      continue;
    }
    out += c;
    prevIsAtom = c === '.' || c === ')';
  }
  return out;
}

/** A compiled mutelist pattern: searched (unanchored) in a value, like Python's re.search. */
export interface Matcher {
  readonly source: string;
  test(value: string): boolean;
}

const PLAIN_GLOB = /^[^\\^$.|?+()[\]{}]*$/;
const META = /[\\^$.|?*+()[\]{}]/;

/**
 * Literal text joined by ".*", optionally anchored ("^prod-.*-db$"): matched by searching the pieces in order.
 * Escaped punctuation ("\\.") is literal. Undefined when the pattern needs a regex engine.
 */
function literalPieces(re: string): { pieces: string[]; start: boolean; end: boolean } | undefined {
  let body = re;
  const start = body.startsWith('^');
  if (start) body = body.slice(1);
  const end = body.endsWith('$') && !body.endsWith('\\$');
  if (end) body = body.slice(0, -1);
  const pieces: string[] = [];
  for (const raw of body.split('.*')) {
    let text = '';
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i];
      if (c === '\\') {
        const n = raw[i + 1];
        if (n === undefined || /[A-Za-z0-9]/.test(n)) return undefined; // \d, \w, \1...: a regex
        text += n;
        i++;
      } else if (META.test(c)) return undefined;
      else text += c;
    }
    pieces.push(text);
  }
  return { pieces, start, end };
}

function literalMatcher({ pieces, start, end }: { pieces: string[]; start: boolean; end: boolean }): (v: string) => boolean {
  if (pieces.length === 1) {
    const [p] = pieces;
    if (start && end) return (v) => v === p;
    if (start) return (v) => v.startsWith(p);
    if (end) return (v) => v.endsWith(p);
    return (v) => v.includes(p);
  }
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  const middle = pieces.slice(start ? 1 : 0, end ? -1 : undefined);
  return (v) => {
    if (start && !v.startsWith(first)) return false;
    let from = start ? first.length : 0;
    const limit = end ? v.length - last.length : v.length;
    if (end && limit < from) return false;
    for (const p of middle) {
      const at = v.indexOf(p, from);
      if (at < 0 || at + p.length > limit) return false;
      from = at + p.length;
    }
    return !end || v.endsWith(last);
  };
}

const cache = new Map<string, Matcher>();

/** Compile one pattern; throws an Error with a short reason when the pattern is unusable. */
export function compilePattern(pattern: string): Matcher {
  if (pattern.length === 0) throw new Error('empty pattern');
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new Error(`pattern is ${pattern.length} characters long (the limit is ${MAX_PATTERN_LENGTH})`);
  }
  const cached = cache.get(pattern);
  if (cached) return cached;
  // Plain text with glob stars (no other regex syntax): the common case, split without parsing.
  const plain = PLAIN_GLOB.test(pattern);
  const source = plain ? pattern.replaceAll('*', '.*') : globStars(pattern);
  const literal = plain ? { pieces: pattern.split('*'), start: false, end: false } : literalPieces(source);
  let matcher: Matcher;
  if (literal) {
    const fast = literalMatcher(literal);
    // '.' does not match a line break in a regex: values with one (rare) take the engine's path.
    let slow: RE2JS | undefined;
    const dotted = literal.pieces.length > 1;
    matcher = { source, test: (v) => fast(v) && (!dotted || !v.includes('\n') || (slow ??= RE2JS.compile(source)).matcher(v).find()) };
  } else {
    let re: RE2JS;
    try {
      re = RE2JS.compile(source);
    } catch (err) {
      const reason = String((err as Error).message)
        .replace(/^error parsing regexp: /, '')
        .replace(/: `[^`]*`$/, '');
      const hint = /\(\?[<=!]|\\[1-9]/.test(source) ? ' (lookarounds and backreferences are not supported: patterns run on a linear-time engine)' : '';
      throw new Error(`invalid regular expression ${JSON.stringify(pattern)}: ${reason}${hint}`);
    }
    matcher = { source, test: (v) => re.matcher(v).find() };
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(pattern, matcher);
  return matcher;
}
