/**
 * End to end: a Systems Manager document holding fake credentials is found by a real scan, and no
 * output (CSV, HTML, OCSF JSON, the saved inventory, the console) contains any of the values.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateDocumentCommand, SSMClient } from '@aws-sdk/client-ssm';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { parseCsv, runCli } from '../../../test/helpers/cli.js';

// Fake credentials, assembled from parts so that no scanner flags this file itself.
const AKID = 'AKIA' + 'Q3EXZ7TW' + 'RNK4E2EX';
const SECRET_KEY = 'k9Tq2' + 'Lm8ZxVb4' + 'Ry7Hc1Nw6' + 'Pd3Gs0Fj5' + 'Ue2AoE2eX';
const PASSWORD = 'Tr0ub4' + 'dor&3xE2e';

describe('ssm_document_secrets end to end', () => {
  let moto: Moto;
  let dir: string;
  beforeAll(async () => {
    moto = await startMoto();
    dir = await mkdtemp(join(tmpdir(), 'prowl-ssm-secrets-'));
    const content = JSON.stringify(
      {
        schemaVersion: '2.2',
        description: 'deploy',
        mainSteps: [{ action: 'aws:runShellScript', name: 'deploy', inputs: { runCommand: [`export AWS_ACCESS_KEY_ID=${AKID}`, `export AWS_SECRET_ACCESS_KEY=${SECRET_KEY}`, `export DB_PASSWORD=${PASSWORD}`] } }],
      },
      null,
      2,
    );
    const ssm = new SSMClient(moto.config());
    await ssm.send(new CreateDocumentCommand({ Name: 'deploy-app', Content: content, DocumentType: 'Command', DocumentFormat: 'JSON' }));
    await ssm.send(new CreateDocumentCommand({ Name: 'restart-app', Content: JSON.stringify({ schemaVersion: '2.2', mainSteps: [{ action: 'aws:runShellScript', name: 'r', inputs: { runCommand: ['systemctl restart app'] } }] }), DocumentType: 'Command', DocumentFormat: 'JSON' }));
  }, 120_000);
  afterAll(async () => moto?.stop());

  it('reports the leaky document by kind and line, and no output carries a value', async () => {
    const res = await runCli(['aws', '-c', 'ssm_document_secrets', '-f', 'us-east-1', '-M', 'csv', 'html', 'json-ocsf', '-o', dir, '-F', 'scan', '-b', '--save-inventory', join(dir, 'inventory.json')], moto.env);
    expect(res.stderr).not.toMatch(/internal error/);
    const rows = parseCsv(await readFile(join(dir, 'scan.csv'), 'utf8'));
    const byDoc = Object.fromEntries(rows.map((r) => [r.RESOURCE_UID, r]));
    const leaky = byDoc['arn:aws:ssm:us-east-1:123456789012:document/deploy-app'];
    expect(leaky.STATUS).toBe('FAIL');
    expect(leaky.STATUS_EXTENDED).toMatch(/AWS secret access key \(deploy-app\.json line \d+/);
    expect(byDoc['arn:aws:ssm:us-east-1:123456789012:document/restart-app'].STATUS).toBe('PASS');
    const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
    expect(files.length).toBeGreaterThanOrEqual(4);
    const texts = [res.stdout, res.stderr, ...(await Promise.all(files.map((f) => readFile(f, 'utf8'))))];
    for (const text of texts) for (const value of [AKID, SECRET_KEY, PASSWORD]) expect(text.includes(value)).toBe(false);
  }, 240_000);
});
