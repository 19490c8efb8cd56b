import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { generateKeyPairSync } from 'node:crypto';
import { decodeUserData, describeHits, scanKeyValues, scanText, scanUserData, scanZip, SecretScanError, shannonEntropy, withoutIgnored } from './index.js';

// Fake secrets, assembled from parts so no complete credential sits in the repository.
const AKID = 'AKIA' + 'Q3EXZ7TW' + 'RNK4MPLD';
const SECRET_KEY = 'k9Tq2' + 'Lm8ZxVb4' + 'Ry7Hc1Nw6' + 'Pd3Gs0Fj5' + 'Ue2Ao8Ikq';
const GITHUB = 'gh' + 'p_' + 'R8dkq2LmZ0xVb4Ty7Hc1Nw6Pd3Gs0Fj5Ue2A';
const SLACK = 'xo' + 'xb-' + '2718281828' + '-' + '3141592653589' + '-' + 'Qw8Er7Ty6Ui5Op4As3Df2Gh1';
const PASSWORD = 'Tr0ub4' + 'dor&3x';
const JWT_TOKEN = 'eyJ' + 'hbGciOiJIUzI1NiJ9' + '.eyJ' + 'zdWIiOiJ1c2VyLTQyIn0' + '.' + 'c2lnbmF0dXJlLXZhbHVlLXgx';
const RANDOM = 'Zx9' + 'Qv2Lw8Rk4Tn6Yp1Bm3Hc7Jd5Gf0Ks';
const PRIVATE_KEY = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();

/** Nothing returned may carry any part of a secret value. */
function expectNoValue(found: unknown, ...values: string[]) {
  const text = JSON.stringify(found);
  for (const v of values) {
    expect(text).not.toContain(v);
    // Nor a recognisable slice of it.
    expect(text).not.toContain(v.slice(4, 16));
  }
}

describe('scanText', () => {
  it('finds provider tokens, private keys, basic auth and connection strings, with line and variable, never the value', async () => {
    const text = [
      '#!/bin/bash',
      `export AWS_ACCESS_KEY_ID=${AKID}`,
      `aws_secret_access_key = "${SECRET_KEY}"`,
      `GH=${GITHUB}`,
      `curl -H "x" ${'https://deploy:' + PASSWORD + '@repo.example.com'}/pkg`,
      `DATABASE=${'postgres://app:' + PASSWORD + '@db.internal:5432/app'}`,
      `SLACK=${SLACK}`,
      `mongodb://admin:${'S3cret' + 'Pw42'}@db.example.com:27017/app`,
      `curl https://${'deploy:' + 'S3cret' + 'Pw42'}@example.com/x`,
      PRIVATE_KEY,
    ].join('\n');
    const hits = await scanText(text, { fileName: 'bootstrap.sh' });
    const byKind = Object.fromEntries(hits.map((h) => [h.kind, h]));
    expect(byKind['AWS access key ID']).toMatchObject({ line: 2, key: 'AWS_ACCESS_KEY_ID', file: 'bootstrap.sh' });
    expect(byKind['AWS secret access key']).toMatchObject({ line: 3, key: 'aws_secret_access_key' });
    expect(byKind['GitHub token']).toMatchObject({ line: 4, key: 'GH', location: 'bootstrap.sh line 4 (GH)' });
    const lines = (kind: string) => hits.filter((h) => h.kind === kind).map((h) => h.line);
    // A password secretlint's URL alphabet misses (it has '&') is still found by prowl's URL rule.
    expect(lines('Credentials in URL')).toEqual([5]);
    expect(lines('Database connection string with password')).toEqual([6, 8]);
    expect(byKind['Slack token']).toMatchObject({ line: 7 });
    expect(byKind['Basic auth credentials in URL']).toMatchObject({ line: 9 });
    expect(byKind['Private key']).toMatchObject({ line: 10 });
    expectNoValue(hits, AKID, SECRET_KEY, GITHUB, PASSWORD, SLACK, 'S3cretPw42', PRIVATE_KEY.split('\n')[1]);
    expectNoValue(describeHits(hits, 20), AKID, SECRET_KEY, GITHUB, PASSWORD, SLACK);
  });

  it('finds passwords by name and random strings by entropy, but not references, placeholders or code', async () => {
    const text = [
      `db_password = "${PASSWORD}"`,
      `  secret: ${PASSWORD}`,
      `const signing = "${RANDOM}";`,
      `session = ${JWT_TOKEN}`,
      'password = os.environ["DB_PASSWORD"]',
      'password: ${DB_PASSWORD}',
      'token = self.token',
      'password_file = /run/secrets/db',
      'api_key: <your key here>',
      'secret_arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf"',
      'image_digest = "sha256:4f1c2b3a9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b"',
      'const handlerName = "processIncomingOrderEvents";',
    ].join('\n');
    const hits = await scanText(text);
    expect(hits.map((h) => [h.line, h.kind])).toEqual([
      [1, 'Password or secret in assignment'],
      [2, 'Password or secret in assignment'],
      [3, 'High-entropy string in assignment'],
      [4, 'JSON Web Token'],
    ]);
    expect(hits[0]).toMatchObject({ key: 'db_password', location: 'line 1 (db_password)' });
    expectNoValue(hits, PASSWORD, RANDOM, JWT_TOKEN);
  });

  it('drops hits matching secrets_ignore_patterns (on the value or its line), and rejects a bad pattern without echoing text', async () => {
    const text = `A=${GITHUB}\ntest_password = "${PASSWORD}"\n`;
    expect((await scanText(text)).length).toBe(2);
    const hits = await scanText(text, { ignorePatterns: ['^test_'] });
    expect(hits.map((h) => h.kind)).toEqual(['GitHub token']);
    expect(await scanText(text, { ignorePatterns: ['gh' + 'p_', 'test'] })).toEqual([]);
    const err = await scanText(text, { ignorePatterns: ['('] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SecretScanError);
    expectNoValue(String(err), GITHUB, PASSWORD);
  });

  it('leaves nothing behind in the performance timeline: secretlint\'s profiler marks are dropped (they grew without bound)', async () => {
    performance.clearMarks();
    for (let i = 0; i < 20; i++) await scanText(`DB_PASSWORD=${'x'.repeat(i)}Zq8#mK2!pL9v\nplain=1`);
    expect(performance.getEntriesByType('mark')).toEqual([]);
  });

  it('returns nothing for clean text and for binary content', async () => {
    expect(await scanText('#!/bin/bash\nyum install -y nginx\nsystemctl enable nginx\n')).toEqual([]);
    expect(await scanText(`\0\0\0${GITHUB}`)).toEqual([]);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy(RANDOM)).toBeGreaterThan(4.5);
  });
});

describe('scanKeyValues', () => {
  it('reports the variable name for each secret, one hit per kind, never the value', async () => {
    const hits = await scanKeyValues({
      DB_PASSWORD: PASSWORD,
      AWS_SECRET_ACCESS_KEY: SECRET_KEY,
      TOKEN_FOR_CI: GITHUB,
      SIGNING_SEED: RANDOM,
      LOG_LEVEL: 'debug',
      QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/orders',
      PASSWORD_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db',
      EMPTY: '',
    });
    expect(hits.map((h) => [h.key, h.kind])).toEqual([
      ['DB_PASSWORD', 'Password or secret in assignment'],
      ['AWS_SECRET_ACCESS_KEY', 'AWS secret access key'],
      ['TOKEN_FOR_CI', 'GitHub token'],
      ['SIGNING_SEED', 'High-entropy string in assignment'],
    ]);
    expect(hits[0].location).toBe('variable DB_PASSWORD');
    expectNoValue(hits, PASSWORD, SECRET_KEY, GITHUB, RANDOM);
  });

  it('accepts name/value lists (container environments) and multi-line values', async () => {
    const hits = await scanKeyValues([{ name: 'TLS_KEY', value: PRIVATE_KEY }, { name: 'PORT', value: '8080' }, { name: 'NOVALUE' }]);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ key: 'TLS_KEY', kind: 'Private key' });
    expectNoValue(hits, PRIVATE_KEY.split('\n')[1]);
  });

  it('honours ignore patterns on names and values', async () => {
    expect(await scanKeyValues({ DB_PASSWORD: PASSWORD }, { ignorePatterns: ['^Tr0ub'] })).toEqual([]);
    expect(await scanKeyValues({ SEED: RANDOM }, { ignorePatterns: ['^SEED$'] })).toEqual([]);
  });
});

describe('user data', () => {
  const script = `#!/bin/bash\necho start\nexport DB_PASSWORD='${PASSWORD}'\n`;

  it('decodes plain and gzip-compressed user data and scans it', async () => {
    const plain = await scanUserData(Buffer.from(script).toString('base64'));
    const zipped = await scanUserData(gzipSync(script).toString('base64'));
    for (const result of [plain, zipped]) {
      expect(result.ok && result.hits.map((h) => [h.kind, h.line, h.key])).toEqual([['Password or secret in assignment', 3, 'DB_PASSWORD']]);
      expectNoValue(result, PASSWORD);
    }
    expect(decodeUserData(gzipSync(script).toString('base64'))).toMatchObject({ ok: true, gzipped: true });
  });

  it('explains user data it cannot read: binary, corrupt gzip, or over the size cap', async () => {
    expect(await scanUserData(Buffer.from([0, 1, 2, 3]).toString('base64'))).toMatchObject({ ok: false, reason: expect.stringContaining('binary') });
    expect(decodeUserData(Buffer.from([0x1f, 0x8b, 1, 2, 3]).toString('base64'))).toMatchObject({ ok: false });
    const big = gzipSync('x'.repeat(100_000)).toString('base64');
    expect(decodeUserData(big, 1000)).toMatchObject({ ok: false, reason: expect.stringContaining('limit') });
  });
});

describe('archives and ignore patterns at evaluation', () => {
  it('scans the text files of a zip, names file and line, and skips binaries and oversized files', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const zip = zipSync({
      'index.py': strToU8(`import os\n\nAPI_TOKEN = "${GITHUB}"\n`),
      'lib/clean.js': strToU8('module.exports = () => 42;\n'),
      'lib/blob.bin': new Uint8Array([0, 1, 2, 3]),
      'big.txt': strToU8('a'.repeat(5000)),
    });
    const result = await scanZip(zip, { maxFileBytes: 4096 });
    expect(result.hits).toEqual([
      { kind: 'GitHub token', rule: '@secretlint/secretlint-rule-github', line: 3, file: 'index.py', key: 'API_TOKEN', location: 'index.py line 3 (API_TOKEN)' },
    ]);
    expect(result.filesScanned).toBe(2);
    expect(result.skipped.map((s) => s.file).sort()).toEqual(['big.txt', 'lib/blob.bin']);
    expectNoValue(result, GITHUB);
    const err = await scanZip(strToU8(`not a zip ${GITHUB}`)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SecretScanError);
    expectNoValue(String(err), GITHUB);
  });

  it('withoutIgnored drops hits whose variable, file or kind matches a pattern', () => {
    const hits = [
      { kind: 'GitHub token', rule: 'r', line: 1, key: 'CI_TOKEN', location: 'variable CI_TOKEN' },
      { kind: 'Private key', rule: 'r', line: 4, file: 'tests/fixtures/key.pem', location: 'tests/fixtures/key.pem line 4' },
    ];
    expect(withoutIgnored(hits, [])).toEqual(hits);
    expect(withoutIgnored(hits, ['^tests/']).map((h) => h.kind)).toEqual(['GitHub token']);
    expect(withoutIgnored(hits, ['^CI_', 'Private'])).toEqual([]);
  });
});
