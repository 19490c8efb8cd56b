/**
 * Mutelist patterns: regular expressions matched unanchored (like Python's re.search), where a '*'
 * that cannot be a quantifier of a regex atom, or follows a plain literal, means "anything" ('.*').
 *
 *   "*"          -> ".*"          everything
 *   "prod-*"     -> "prod-.*"     prod-anything
 *   "(dev|qa).*" -> unchanged      already a regex
 *   "a\d*"       -> unchanged      quantifier of an escape
 *
 * Patterns are compiled once, up front; anything longer than MAX_PATTERN_LENGTH is refused, as a
 * guard against catastrophic backtracking on user-supplied regexes.
 */
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

/** Compile one pattern; throws an Error with a short reason when the pattern is unusable. */
export function compilePattern(pattern: string): RegExp {
  if (pattern.length === 0) throw new Error('empty pattern');
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new Error(`pattern is ${pattern.length} characters long (the limit is ${MAX_PATTERN_LENGTH})`);
  }
  try {
    return new RegExp(globStars(pattern));
  } catch (err) {
    const reason = (err as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    throw new Error(`invalid regular expression ${JSON.stringify(pattern)}: ${reason}`);
  }
}
