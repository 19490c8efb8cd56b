/**
 * The runtime the project carries: tests (and the CLI processes they spawn) run on the Node.js 24 that
 * `npm install` puts in node_modules, and the prowl command refuses an older Node.js in one line.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeVersionProblem, MIN_NODE_MAJOR, MIN_NODE_MINOR } from '../bin/node-version.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const major = (v: string) => Number(v.replace(/^v/, '').split('.')[0]);

describe('runtime', () => {
  it('the test suite runs on the Node.js 24 LTS installed from the npm registry', () => {
    expect(major(process.versions.node)).toBe(24);
    const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8'));
    expect(pkg.engines.node).toBe('>=22.12');
    expect(pkg.devDependencies.node).toMatch(/^\^?24\./);
    expect(pkg.allowScripts?.node).toBe(true);
  });

  it('child processes spawned with process.execPath run the same Node.js', () => {
    const v = execFileSync(process.execPath, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
    expect(v).toBe(process.versions.node);
  });

  it('refuses Node.js older than 22 with one line naming the version needed', () => {
    expect(`${MIN_NODE_MAJOR}.${MIN_NODE_MINOR}`).toBe('22.12');
    for (const old of ['20.20.2', 'v18.19.0', '21.7.3', '22.11.0']) {
      const msg = nodeVersionProblem(old) as string;
      expect(msg).toContain('Node.js 22.12 or later');
      expect(msg).toContain(old);
      expect(msg.split('\n')).toHaveLength(1);
    }
    for (const fine of ['22.12.0', '22.23.3', '24.21.0', 'v26.1.0']) expect(nodeVersionProblem(fine)).toBeUndefined();
  });

  it.runIf(existsSync('/usr/bin/node') && major(execFileSync('/usr/bin/node', ['--version'], { encoding: 'utf8' })) < 22)(
    'the prowl command on the system Node.js 20 exits 2 with that line, before loading the CLI',
    () => {
      const r = spawnSync('/usr/bin/node', [`${ROOT}/bin/prowl.js`, 'aws', '--demo'], { encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/needs Node\.js 22\.12 or later/);
    },
  );
});
