/**
 * One secret scanner for every check that looks for credentials in configuration or code (Lambda
 * environment variables and code, ECS task definitions, launch configuration user data, Batch job
 * definitions...).
 *
 * Detection is layered:
 *  - the secretlint recommended preset (AWS keys, GCP, GitHub, GitLab, Slack, npm, SendGrid and other
 *    provider tokens, private keys, basic-auth URLs, database connection strings);
 *  - JSON Web Tokens;
 *  - a keyword rule: a value assigned to a name that says it holds a password, secret, token or key;
 *  - an entropy rule: a long random-looking string in an assignment or a quoted literal.
 *
 * A hit says WHAT was found and WHERE (line, variable or key), never the value: the matched text is
 * used only inside this module and no returned object, message or thrown error carries it. The
 * `ignorePatterns` option is Prowler's `secrets_ignore_patterns` (regular expressions): a hit whose
 * matched text or line matches one of them is dropped.
 */
import { gunzipSync } from 'node:zlib';
import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { creator as recommendedPreset } from '@secretlint/secretlint-rule-preset-recommend';

export interface SecretHit {
  /** What kind of secret, e.g. "AWS secret access key", "Private key", "Password in assignment". */
  kind: string;
  /** Which detector found it (secretlint rule id, or prowl/keyword, prowl/entropy, prowl/jwt). */
  rule: string;
  /** 1-based line of the text (for a key/value map: the line within that value). */
  line: number;
  /** The file the text came from, when given. */
  file?: string;
  /** The variable or key the secret is assigned to, when known. */
  key?: string;
  /** Where, for messages: "variable DB_PASSWORD", "app/config.js line 12", "line 3". Never the value. */
  location: string;
}

export interface ScanOptions {
  /** File name (for rules that depend on the file type, e.g. .npmrc, and for locations). */
  fileName?: string;
  /** Prowler's secrets_ignore_patterns: regular expressions; a hit whose text or line matches is dropped. */
  ignorePatterns?: readonly string[];
}

/** Raised for bad options (an invalid ignore pattern); never carries scanned text. */
export class SecretScanError extends Error {
  override name = 'SecretScanError';
}

// ---------------------------------------------------------------------------------------------------
// secretlint

const KIND_BY_MESSAGE: Record<string, string> = {
  AWSAccessKeyID: 'AWS access key ID',
  AWSSecretAccessKey: 'AWS secret access key',
  PrivateKey: 'Private key',
  PrivateKeyJSON: 'Private key',
  PrivateKeyP12: 'Private key (PKCS#12)',
  BasicAuth: 'Basic auth credentials in URL',
  MongoDBConnection: 'Database connection string with password',
  MySQLConnection: 'Database connection string with password',
  PostgreSQLConnection: 'Database connection string with password',
  GITHUB_TOKEN: 'GitHub token',
  GITLAB_PERSONAL_ACCESS_TOKEN: 'GitLab token',
  SLACK_TOKEN: 'Slack token',
  IncomingWebhook: 'Slack webhook URL',
  NPM_ACCESS_TOKEN: 'npm token',
  Npmrc_authToken: 'npm token',
  PackageJSON_xOauthToken: 'OAuth token in package.json',
  SENDGRID_KEY: 'SendGrid API key',
  SHOPIFY_KEY: 'Shopify token',
  OPENAI_TOKEN: 'OpenAI API key',
  ANTHROPIC_API_KEY: 'Anthropic API key',
  GROQ_API_KEY: 'Groq API key',
  HUGGINGFACE_USER_ACCESS_TOKEN: 'Hugging Face token',
  LINEAR_API_TOKEN: 'Linear API token',
  NOTION_INTEGRATION_TOKEN: 'Notion token',
  OPS_TOKEN: '1Password service account token',
  GRAFANA_CLOUD_API_TOKEN: 'Grafana token',
  GRAFANA_SERVICE_ACCOUNT_TOKEN: 'Grafana token',
  HASHICORP_VAULT_BATCH_TOKEN: 'HashiCorp Vault token',
  HASHICORP_VAULT_RECOVERY_TOKEN: 'HashiCorp Vault token',
  HASHICORP_VAULT_SERVICE_TOKEN: 'HashiCorp Vault token',
  DATABRICKS_PERSONAL_ACCESS_TOKEN: 'Databricks token',
  DOCKER_PERSONAL_ACCESS_TOKEN: 'Docker token',
  FIGMA_PERSONAL_ACCESS_TOKEN: 'Figma token',
  VERCEL_AI_GATEWAY_API_KEY: 'Vercel token',
  VERCEL_APP_ACCESS_TOKEN: 'Vercel token',
  VERCEL_APP_REFRESH_TOKEN: 'Vercel token',
  VERCEL_INTEGRATION_TOKEN: 'Vercel token',
  VERCEL_PERSONAL_ACCESS_TOKEN: 'Vercel token',
};
/** Reported by secretlint but not secrets: an account id identifies, it does not authenticate. */
const NOT_SECRETS = new Set(['AWSAccountID', 'IGNORE_MESSAGE']);

function kindOfRule(ruleId: string, messageId: string): string {
  const known = KIND_BY_MESSAGE[messageId];
  if (known) return known;
  const name = ruleId.replace(/^@secretlint\/secretlint-rule-/, '');
  if (name === 'gcp') return 'GCP service account key';
  return `${name} credential`;
}

const SECRETLINT_CONFIG = {
  rules: [
    {
      id: '@secretlint/secretlint-rule-preset-recommend',
      rule: recommendedPreset,
      // Access key ids are reported too (secretlint only reports secret keys by default).
      rules: [{ id: '@secretlint/secretlint-rule-aws', options: { enableIDScanRule: true } }],
    },
  ],
};

// secretlint times every rule of every lint with performance.mark() and keeps every entry, in its profiler and
// in Node's global performance timeline, for as long as the process lives: over a scan of thousands of Lambda
// variables and task definitions that cost seconds of CPU and grew memory without bound. prowl never reads
// that profile, so its marks are dropped (the profiler is a module singleton shared with @secretlint/core).
secretLintProfiler.mark = () => undefined;

interface RawHit {
  kind: string;
  rule: string;
  start: number;
  end: number;
}

async function secretlintHits(text: string, fileName: string): Promise<RawHit[]> {
  const result = await lintSource({
    source: { content: text, filePath: fileName, contentType: 'text' },
    options: { config: SECRETLINT_CONFIG, noPhysicFilePath: true, maskSecrets: true },
  });
  const hits: RawHit[] = [];
  for (const m of result.messages) {
    if (m.type !== 'message' || NOT_SECRETS.has(m.messageId)) continue;
    hits.push({ kind: kindOfRule(m.ruleId, m.messageId), rule: m.ruleId, start: m.range[0], end: m.range[1] });
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------------
// prowl's own rules

/** Names that say the value is a credential. */
const SECRET_NAME =
  /(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|client[_.-]?secret|credential|auth[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key)/i;
/** Names whose long random-looking values are digests or identifiers, not secrets. */
const NOT_SECRET_NAME =
  /(?:hash|sha\d*|digest|checksum|integrity|etag|md5|crc|version|uuid|guid|arn|url|uri|path|image|file|name|id)$/i;

/** `name = value`, `name: value`, `name => value`, `"name": "value"`; the value is group 2 (or 3 when quoted). */
const ASSIGNMENT =
  /(?<![A-Za-z0-9_.-])["']?([A-Za-z_][A-Za-z0-9_.-]{0,100})["']?[ \t]*(?::=|=>|==?|:)[ \t]*(?:(["'`])((?:(?!\2)[^\\\n]|\\.){1,500})\2|([^\s"'`,;)}\]]{1,500}))/g;
/** A quoted literal anywhere (for the entropy rule). */
const QUOTED = /(["'`])([A-Za-z0-9+/=_-]{20,500})\1/g;
/** user:password@host in any URL scheme (secretlint covers http, ftp and some databases with a narrower alphabet). */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]{1,20}):\/\/([^\s:/@'"`]{1,256}):([^\s/@'"`]{1,256})@[A-Za-z0-9.-]{1,256}/g;
const JWT = /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{10,}/g;

/** Values that point at a secret instead of holding one, or are obviously not one. */
function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v.length < 6) return true;
  if (/^(?:true|false|null|none|nil|undefined|yes|no|on|off|required|optional|string|number|boolean|redacted|\*+|x+|\.+|-+)$/i.test(v)) return true;
  // References and templates: ${VAR}, $VAR, {{ x }}, <placeholder>, %(name)s, os.environ[...], ARNs of secrets/parameters.
  if (/^(?:\$\{?|\{\{|<|%\(|%[A-Z_]+%|#\{)/.test(v)) return true;
  if (/^(?:arn:aws|arn:aws-[a-z-]+):/.test(v)) return true;
  if (/(?:process\.env|os\.environ|getenv|System\.getenv|ENV\[|\(|\)|\[)/.test(v)) return true;
  // A value that is another identifier (code like `password = self.password` or `token: args.token`).
  if (/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(v)) return true;
  // Type annotations and plain words (`password: str`, `secret: Secret`).
  if (/^[A-Za-z]+$/.test(v) && v.length < 12) return true;
  return false;
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(s: string): number {
  if (!s.length) return 0;
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** A long token from the base64 alphabet that mixes cases and digits and is close to random. */
function looksRandom(value: string): boolean {
  if (value.length < 20 || value.length > 500) return false;
  if (!/^[A-Za-z0-9+/=_-]+$/.test(value)) return false;
  if (!/[A-Z]/.test(value) || !/[a-z]/.test(value) || !/[0-9]/.test(value)) return false;
  // Identifiers in code (camelCase or snake_case words) are not random.
  if (/^[A-Za-z]+(?:[_-][A-Za-z0-9]+)+$/.test(value)) return false;
  return shannonEntropy(value) >= 4.5;
}

function ownHits(text: string): RawHit[] {
  const hits: RawHit[] = [];
  for (const m of text.matchAll(JWT)) hits.push({ kind: 'JSON Web Token', rule: 'prowl/jwt', start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(URL_CREDENTIALS)) {
    const password = m[3];
    if (isPlaceholder(password.padEnd(6, '.')) || /^\*+$/.test(password)) continue;
    hits.push({ kind: 'Credentials in URL', rule: 'prowl/url-credentials', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(ASSIGNMENT)) {
    const name = m[1];
    const value = m[3] ?? m[4] ?? '';
    const valueStart = m.index + m[0].length - value.length - (m[3] !== undefined ? 1 : 0);
    const span = { start: valueStart, end: valueStart + value.length };
    if (SECRET_NAME.test(name) && !/(?:_?(?:file|path|arn|name|id|url|length|len|min|max|policy|type|hash|enabled|required|header|param)s?)$/i.test(name)) {
      if (!isPlaceholder(value)) hits.push({ kind: 'Password or secret in assignment', rule: 'prowl/keyword', ...span });
      continue;
    }
    if (!NOT_SECRET_NAME.test(name) && looksRandom(value)) hits.push({ kind: 'High-entropy string in assignment', rule: 'prowl/entropy', ...span });
  }
  for (const m of text.matchAll(QUOTED)) {
    const value = m[2];
    if (!looksRandom(value)) continue;
    // Data URIs carry base64 content, not credentials.
    if (/base64,$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    hits.push({ kind: 'High-entropy string', rule: 'prowl/entropy', start: m.index + 1, end: m.index + 1 + value.length });
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------------
// scanning

function compileIgnores(patterns: readonly string[] | undefined): RegExp[] {
  return (patterns ?? []).map((p, i) => {
    try {
      return new RegExp(p);
    } catch {
      throw new SecretScanError(`secrets_ignore_patterns entry ${i + 1} is not a valid regular expression`);
    }
  });
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The name a value on this line is assigned to, when the line is an assignment before the hit. */
function keyBefore(text: string, lineStart: number, hitStart: number): string | undefined {
  const before = text.slice(lineStart, hitStart);
  const m = /["']?([A-Za-z_][A-Za-z0-9_.-]{0,100})["']?[ \t]*(?::=|=>|==?|:)[ \t]*["'`]?[^=:]*$/.exec(before);
  return m?.[1];
}

/** Reject texts that are not text (a NUL in the first 8 KiB). */
export function isBinary(text: string | Uint8Array): boolean {
  const head = typeof text === 'string' ? text.slice(0, 8192) : text.subarray(0, 8192);
  return typeof head === 'string' ? head.includes('\0') : head.includes(0);
}

/**
 * Secrets in a text (a file, a user data script, a JSON document). Overlapping detections of one
 * secret are reported once, preferring the most specific (a provider rule over keyword and entropy).
 */
export async function scanText(text: string, options: ScanOptions = {}): Promise<SecretHit[]> {
  const ignores = compileIgnores(options.ignorePatterns);
  if (!text || isBinary(text)) return [];
  const fileName = options.fileName ?? 'input.txt';
  const specific = await secretlintHits(text, fileName);
  const generic = ownHits(text).sort((a, b) => (a.rule === 'prowl/jwt' ? -1 : 0) - (b.rule === 'prowl/jwt' ? -1 : 0));
  const kept: RawHit[] = [];
  for (const hit of [...specific, ...generic]) {
    if (kept.some((k) => hit.start < k.end && k.start < hit.end)) continue;
    kept.push(hit);
  }
  const starts = lineStarts(text);
  const hits: SecretHit[] = [];
  for (const hit of kept.sort((a, b) => a.start - b.start)) {
    const line = lineOf(starts, hit.start);
    const lineText = text.slice(starts[line - 1], starts[line] ?? text.length);
    const matched = text.slice(hit.start, hit.end);
    if (ignores.some((re) => re.test(matched) || re.test(lineText))) continue;
    // Some rules report the whole `name = value` span: then the name opens the span.
    const key = keyBefore(text, starts[line - 1], hit.start) ?? /^["']?([A-Za-z_][A-Za-z0-9_.-]{0,100})["']?[ \t]*(?::|=>|=)/.exec(matched)?.[1];
    const where = options.fileName ? `${options.fileName} line ${line}` : `line ${line}`;
    hits.push({
      kind: hit.kind,
      rule: hit.rule,
      line,
      ...(options.fileName ? { file: options.fileName } : {}),
      ...(key ? { key } : {}),
      location: key ? `${where} (${key})` : where,
    });
  }
  return hits;
}

/**
 * Secrets in a map of names to values (environment variables, container environments, parameters).
 * Each value is scanned on its own; a value held by a name that says it is a secret (DB_PASSWORD,
 * API_TOKEN) is a finding even when it matches no provider format. The location is the name.
 */
export async function scanKeyValues(
  map: Readonly<Record<string, string | undefined>> | ReadonlyArray<{ name?: string; value?: string }>,
  options: ScanOptions = {},
): Promise<SecretHit[]> {
  const entries: Array<[string, string]> = Array.isArray(map)
    ? map.flatMap((e: { name?: string; value?: string }) => (e.name !== undefined && e.value !== undefined ? [[e.name, e.value] as [string, string]] : []))
    : Object.entries(map as Record<string, string | undefined>).flatMap(([k, v]) => (v === undefined ? [] : [[k, v] as [string, string]]));
  const ignores = compileIgnores(options.ignorePatterns);
  const hits: SecretHit[] = [];
  for (const [name, value] of entries) {
    if (!value) continue;
    // An ignore pattern matching the name or the whole value drops the entry (like one matching its line in a text).
    if (ignores.some((re) => re.test(value) || re.test(name))) continue;
    // Scanned as an assignment so name-based rules and provider formats (which often need the name,
    // like aws_secret_access_key=...) both apply; then the value alone for multi-line content.
    const asLine = `${name}=${JSON.stringify(value)}`;
    let found = await scanText(asLine, { ignorePatterns: options.ignorePatterns });
    if (!found.length && value.includes('\n')) found = await scanText(value, { ignorePatterns: options.ignorePatterns });
    if (!found.length && !NOT_SECRET_NAME.test(name) && looksRandom(value)) {
      found = [{ kind: 'High-entropy value', rule: 'prowl/entropy', line: 1, location: '' }];
    }
    const kinds = new Set<string>();
    for (const h of found) {
      if (kinds.has(h.kind)) continue;
      kinds.add(h.kind);
      const { file: _f, key: _k, ...rest } = h;
      hits.push({ ...rest, key: name, location: `variable ${name}` + (value.includes('\n') ? ` line ${h.line}` : '') });
    }
  }
  return hits;
}

export type DecodedText = { ok: true; text: string; gzipped: boolean } | { ok: false; reason: string };

/**
 * EC2 user data as stored by AWS (base64), possibly gzip-compressed by the author. Decompression is
 * capped (`maxBytes`) so a hostile archive cannot exhaust memory.
 */
export function decodeUserData(base64: string, maxBytes = 16 * 1024 * 1024): DecodedText {
  const raw = Buffer.from(base64, 'base64');
  let bytes: Buffer = raw;
  let gzipped = false;
  if (raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b) {
    try {
      bytes = gunzipSync(raw, { maxOutputLength: maxBytes });
      gzipped = true;
    } catch {
      return { ok: false, reason: 'the gzip-compressed user data could not be decompressed (corrupt, or larger than the limit)' };
    }
  }
  if (isBinary(bytes)) return { ok: false, reason: 'the user data is binary, not text' };
  return { ok: true, text: bytes.toString('utf8'), gzipped };
}

/** Secrets in base64 user data; a reason instead when it cannot be read as text. */
export async function scanUserData(
  base64: string,
  options: ScanOptions & { maxBytes?: number } = {},
): Promise<{ ok: true; hits: SecretHit[] } | { ok: false; reason: string }> {
  const decoded = decodeUserData(base64, options.maxBytes);
  if (!decoded.ok) return decoded;
  return { ok: true, hits: await scanText(decoded.text, { ...options, fileName: options.fileName ?? 'user data' }) };
}

/** "AWS secret access key in variable X, Private key in line 4": for finding messages. Never values. */
export function describeHits(hits: readonly SecretHit[], max = 5): string {
  const parts = hits.slice(0, max).map((h) => `${h.kind} (${h.location})`);
  if (hits.length > max) parts.push(`and ${hits.length - max} more`);
  return parts.join(', ');
}

/**
 * Prowler's secrets_ignore_patterns applied at evaluation time. Collectors scan and keep only hits (the
 * inventory never holds a secret value), so a check can match the patterns against what a hit names:
 * the variable or key, the file, the kind and the location.
 */
export function withoutIgnored(hits: readonly SecretHit[], patterns: readonly string[] | undefined): SecretHit[] {
  const ignores = compileIgnores(patterns);
  if (!ignores.length) return [...hits];
  return hits.filter((h) => !ignores.some((re) => [h.key, h.file, h.kind, h.location].some((s) => s !== undefined && re.test(s))));
}

export interface ArchiveScan {
  hits: SecretHit[];
  /** Files read and scanned. */
  filesScanned: number;
  /** Files left out, with why (binary, too large): never their content. */
  skipped: Array<{ file: string; reason: string }>;
}

export interface ArchiveLimits {
  /** Largest single file scanned, uncompressed (default 10 MiB). */
  maxFileBytes?: number;
  /** Most uncompressed bytes read from the whole archive (default 256 MiB, above Lambda's 250 MB unzipped limit). */
  maxTotalBytes?: number;
}

/**
 * Secrets in every text file of a zip archive (a Lambda deployment package or layer), read in memory.
 * Sizes declared by the archive are checked before anything is inflated, so an archive bomb is refused
 * file by file instead of filling memory.
 */
export async function scanZip(zip: Uint8Array, options: ScanOptions & ArchiveLimits = {}): Promise<ArchiveScan> {
  const { unzipSync } = await import('fflate');
  const maxFile = options.maxFileBytes ?? 10 * 1024 * 1024;
  let budget = options.maxTotalBytes ?? 256 * 1024 * 1024;
  const skipped: ArchiveScan['skipped'] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (f) => {
        if (f.name.endsWith('/')) return false;
        if (f.originalSize > maxFile) {
          skipped.push({ file: f.name, reason: `larger than ${Math.round(maxFile / 1024 / 1024)} MiB` });
          return false;
        }
        if (f.originalSize > budget) {
          skipped.push({ file: f.name, reason: 'over the archive size limit' });
          return false;
        }
        budget -= f.originalSize;
        return true;
      },
    });
  } catch (err) {
    throw new SecretScanError(`the archive could not be read as a zip file (${(err as Error).message.slice(0, 80)})`);
  }
  const hits: SecretHit[] = [];
  let filesScanned = 0;
  for (const [name, bytes] of Object.entries(files)) {
    if (isBinary(bytes)) {
      skipped.push({ file: name, reason: 'binary' });
      continue;
    }
    filesScanned++;
    hits.push(...(await scanText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), { ...options, fileName: name })));
  }
  return { hits, filesScanned, skipped };
}
