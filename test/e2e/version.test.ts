import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('prowl --version', () => {
  it('answers from bin/prowl.js itself, before loading the CLI, the checks or any SDK code', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const res = spawnSync(process.execPath, ['bin/prowl.js', flag], { encoding: 'utf8' });
      expect(res.status).toBe(0);
      expect(res.stdout).toBe(`${version}\n`);
      // How fast: what it loads is asserted below (a wall-clock limit fails on a loaded machine, where a bare
      // `node -e 0` can take seconds); `npm run bench` measures its time and CPU beside a bare Node.js start.
    }
  });

  it('loads no module but bin/prowl.js and bin/node-version.js (no CLI, checks, bundle or SDK code)', () => {
    // A preload that records every module file Node.js loads after it, and prints the list at exit.
    const recorder = [
      "import { registerHooks } from 'node:module';",
      'const seen = [];',
      "registerHooks({ load(url, context, next) { if (url.startsWith('file:')) seen.push(url); return next(url, context); } });",
      "process.on('exit', () => process.stderr.write(JSON.stringify(seen)));",
    ].join('\n');
    const res = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(recorder)}`, 'bin/prowl.js', '--version'], { encoding: 'utf8' });
    expect(res.status, res.stderr).toBe(0);
    const loaded = (JSON.parse(res.stderr) as string[]).map((u) => u.replace(/^.*\/(bin\/[^/]+)$/, '$1'));
    expect(loaded.sort()).toEqual(['bin/node-version.js', 'bin/prowl.js']);
  });
});
