import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('prowl --version', () => {
  it('answers from bin/prowl.js itself, before loading the CLI, the checks or any SDK code', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const t0 = process.hrtime.bigint();
      const res = spawnSync(process.execPath, ['bin/prowl.js', flag], { encoding: 'utf8' });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      expect(res.status).toBe(0);
      expect(res.stdout).toBe(`${version}\n`);
      // About 50 ms on an idle machine; generous for a loaded one (loading the CLI costs about 1 s of CPU).
      expect(ms).toBeLessThan(3_000);
    }
  });
});
