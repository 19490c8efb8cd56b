/**
 * A small evaluator for CloudWatch Logs filter patterns, used to decide whether a metric filter would
 * match a given CloudTrail event. Comparing patterns as text breaks on harmless differences (spacing,
 * quotes, parentheses, operand order) and accepts filters that can never fire; evaluating them against
 * sample events does neither.
 *
 * Supported: JSON patterns `{ ... }` with `&&`, `||` (`&&` binds tighter), parentheses, `=` `!=` `<`
 * `<=` `>` `>=`, quoted or bare values with `*` wildcards, `%regex%` values, `IS NULL`, `IS TRUE`,
 * `IS FALSE`, `NOT EXISTS`, selectors like `$.a.b[0].c`; term patterns (`"a" b` all terms, `?a ?b`
 * any term, `-a` exclusion); the empty pattern (everything). Space-delimited `[...]` patterns do not
 * apply to CloudTrail's JSON events and are reported as unsupported.
 */
export type LogEvent = Record<string, unknown>;

export type CompiledPattern = { ok: true; match: (event: LogEvent) => boolean } | { ok: false; reason: string };

type Node = (e: LogEvent) => boolean;

const globToRegExp = (text: string): RegExp =>
  new RegExp(`^${text.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 's');

function lookup(event: unknown, path: Array<string | number>): unknown {
  let cur: unknown = event;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

const isScalar = (v: unknown): v is string | number | boolean | null =>
  v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

class JsonPatternParser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Node {
    this.expect('{');
    const node = this.or();
    this.expect('}');
    this.ws();
    if (this.i < this.s.length) this.fail('unexpected text after the closing brace');
    return node;
  }

  private fail(msg: string): never {
    throw new Error(`${msg} at character ${this.i + 1}`);
  }
  private ws(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++;
  }
  private eat(token: string): boolean {
    this.ws();
    if (!this.s.startsWith(token, this.i)) return false;
    this.i += token.length;
    return true;
  }
  private expect(token: string): void {
    if (!this.eat(token)) this.fail(`expected "${token}"`);
  }

  private or(): Node {
    const parts = [this.and()];
    while (this.eat('||')) parts.push(this.and());
    return parts.length === 1 ? parts[0] : (e) => parts.some((p) => p(e));
  }
  private and(): Node {
    const parts = [this.unary()];
    while (this.eat('&&')) parts.push(this.unary());
    return parts.length === 1 ? parts[0] : (e) => parts.every((p) => p(e));
  }
  private unary(): Node {
    if (this.eat('(')) {
      const n = this.or();
      this.expect(')');
      return n;
    }
    return this.comparison();
  }

  private selector(): Array<string | number> {
    this.ws();
    if (this.s[this.i] !== '$') this.fail('expected a selector starting with "$"');
    this.i++;
    const path: Array<string | number> = [];
    for (;;) {
      const rest = this.s.slice(this.i);
      let m: RegExpExecArray | null;
      if ((m = /^\.([A-Za-z0-9_\-@]+)/.exec(rest))) path.push(m[1]);
      else if ((m = /^\[\s*(\d+)\s*\]/.exec(rest))) path.push(Number(m[1]));
      else break;
      this.i += m[0].length;
    }
    if (path.length === 0) this.fail('empty selector');
    return path;
  }

  private comparison(): Node {
    const path = this.selector();
    this.ws();
    const rest = this.s.slice(this.i);
    let m: RegExpExecArray | null;
    if ((m = /^IS\s+(NULL|TRUE|FALSE)\b/i.exec(rest))) {
      this.i += m[0].length;
      const want = { NULL: null, TRUE: true, FALSE: false }[m[1].toUpperCase() as 'NULL' | 'TRUE' | 'FALSE'];
      return (e) => lookup(e, path) === want;
    }
    if ((m = /^NOT\s+EXISTS\b/i.exec(rest))) {
      this.i += m[0].length;
      return (e) => lookup(e, path) === undefined;
    }
    if (!(m = /^(!=|<=|>=|=|<|>)/.exec(rest))) this.fail('expected a comparison operator');
    const op = m[1];
    this.i += op.length;
    return this.value(path, op);
  }

  private value(path: Array<string | number>, op: string): Node {
    this.ws();
    let text: string;
    let quoted = false;
    const c = this.s[this.i];
    if (c === '"') {
      const m = /^"((?:[^"\\]|\\.)*)"/.exec(this.s.slice(this.i));
      if (!m) this.fail('unterminated string');
      text = m[1].replace(/\\(.)/g, '$1');
      quoted = true;
      this.i += m[0].length;
    } else if (c === '%') {
      const end = this.s.indexOf('%', this.i + 1);
      if (end < 0) this.fail('unterminated regular expression');
      const re = new RegExp(this.s.slice(this.i + 1, end));
      this.i = end + 1;
      if (op !== '=' && op !== '!=') this.fail('a regular expression needs = or !=');
      const test = (e: LogEvent) => {
        const v = lookup(e, path);
        return isScalar(v) && v !== null && re.test(String(v));
      };
      return op === '=' ? test : (e) => !test(e);
    } else {
      const m = /^[^\s()&|}]+/.exec(this.s.slice(this.i));
      if (!m) this.fail('expected a value');
      text = m[0];
      this.i += text.length;
    }
    if (op !== '=' && op !== '!=') {
      const n = Number(text);
      if (quoted || !Number.isFinite(n)) this.fail(`"${op}" needs a number`);
      return (e) => {
        const v = lookup(e, path);
        if (typeof v !== 'number') return false;
        return op === '<' ? v < n : op === '<=' ? v <= n : op === '>' ? v > n : v >= n;
      };
    }
    const num = !quoted && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
    const glob = globToRegExp(text);
    const equals = (e: LogEvent): boolean => {
      const v = lookup(e, path);
      if (v === undefined || !isScalar(v)) return false;
      if (num !== undefined && typeof v === 'number') return v === num;
      return glob.test(String(v));
    };
    return op === '=' ? equals : (e) => !equals(e);
  }
}

function termPattern(pattern: string): CompiledPattern {
  const tokens = [...pattern.matchAll(/([?-]?)(?:"((?:[^"\\]|\\.)*)"|(\S+))/g)].map((m) => ({
    kind: m[1],
    text: (m[2] ?? m[3]).replace(/\\(.)/g, '$1'),
  }));
  const all = tokens.filter((t) => t.kind === '').map((t) => t.text);
  const any = tokens.filter((t) => t.kind === '?').map((t) => t.text);
  const none = tokens.filter((t) => t.kind === '-').map((t) => t.text);
  return {
    ok: true,
    match: (event) => {
      const text = JSON.stringify(event);
      return all.every((t) => text.includes(t)) && (any.length === 0 || any.some((t) => text.includes(t))) && !none.some((t) => text.includes(t));
    },
  };
}

export function compileFilterPattern(pattern: string): CompiledPattern {
  const p = pattern.trim();
  if (p === '') return { ok: true, match: () => true };
  if (p.startsWith('[')) return { ok: false, reason: 'space-delimited patterns do not apply to CloudTrail JSON events' };
  if (!p.startsWith('{')) return termPattern(p);
  try {
    return { ok: true, match: new JsonPatternParser(p).parse() };
  } catch (err) {
    return { ok: false, reason: `unsupported pattern syntax: ${(err as Error).message}` };
  }
}
