/** The README's frameworks table is generated: it must match what prowl covers now (regenerate with npm run frameworks-table). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameworksTable } from '../scripts/frameworks-table.js';

describe('README frameworks table', () => {
  it('matches the frameworks and the coverage of the checks prowl has', async () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const m = /<!-- frameworks-table:start -->\n([\s\S]*?)\n<!-- frameworks-table:end -->/.exec(readme);
    expect(m, 'README has the generated table').not.toBeNull();
    expect(m![1]).toBe(await frameworksTable());
  });
});
