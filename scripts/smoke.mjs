// A short end-to-end smoke test of the prowl command on whatever Node.js runs this script (CI runs it on
// Node.js 22, the oldest the project supports): the demo scan, then one scan of a fresh moto_server.
// Prints one line per step and exits non-zero on the first failure.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'prowl-smoke-'));
const cleanEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent', AWS_EC2_METADATA_DISABLED: 'true' };
const prowl = (args, env = {}) => spawnSync(process.execPath, [join(root, 'bin/prowl.js'), ...args], { env: { ...cleanEnv, ...env }, encoding: 'utf8', timeout: 180_000 });
const fail = (msg, r) => {
  console.error(`smoke on Node.js ${process.versions.node}: ${msg}\n${r ? `${r.stdout}\n${r.stderr}` : ''}`);
  process.exit(1);
};

try {
  const demo = prowl(['aws', '--demo', '-b', '-o', join(out, 'demo'), '-M', 'csv', 'html']);
  if (demo.status !== 3 && demo.status !== 0) fail(`demo scan exited ${demo.status}`, demo);
  if (!readdirSync(join(out, 'demo')).some((f) => f.endsWith('.csv'))) fail('demo scan wrote no CSV', demo);
  console.log(`smoke on Node.js ${process.versions.node}: demo scan ok (exit ${demo.status})`);

  const port = await new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
  const moto = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore', env: { ...process.env, MOTO_EC2_LOAD_DEFAULT_AMIS: 'false' } });
  try {
    const endpoint = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      try {
        await fetch(`${endpoint}/moto-api/`);
        break;
      } catch {
        if (i > 200) fail('moto_server did not start');
        await new Promise((r) => setTimeout(r, 150));
      }
    }
    const env = { AWS_ENDPOINT_URL: endpoint, AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_REGION: 'us-east-1' };
    const scan = prowl(['aws', '-b', '-f', 'us-east-1', '-c', 'iam_password_policy_minimum_length_14,s3_account_level_public_access_blocks', '-o', join(out, 'moto'), '-M', 'csv'], env);
    if (scan.status !== 3 && scan.status !== 0) fail(`moto scan exited ${scan.status}`, scan);
    if (!/iam_password_policy_minimum_length_14|FAIL/.test(scan.stdout + readdirSync(join(out, 'moto')).join(' '))) fail('moto scan produced no findings', scan);
    console.log(`smoke on Node.js ${process.versions.node}: moto scan ok (exit ${scan.status})`);
  } finally {
    moto.kill('SIGTERM');
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
