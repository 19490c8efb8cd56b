/**
 * Prints the README's table of compliance frameworks with prowl's coverage, as Markdown, computed from
 * the framework data and the checks prowl has now (so the table stays true as checks are added):
 *   node --import tsx scripts/frameworks-table.ts
 * Coverage = automated requirements (those mapping at least one check) whose every mapped check prowl
 * implements; the others are reported as NOT IMPLEMENTED in scans, never PASS.
 */
import { loadBuiltinChecks } from '../src/registry.js';
import { coverage, coveragePercent, frameworkTitle, FRAMEWORKS } from '../src/compliance/index.js';

export async function frameworksTable(): Promise<string> {
  const have = new Set((await loadBuiltinChecks()).map((c) => c.id));
  const rows = FRAMEWORKS.map((f) => {
    const c = coverage(f, (id) => have.has(id));
    const name = frameworkTitle(f).replace(/\|/g, '\\|');
    return `| ${name} | \`${f.id}\` | ${c.requirements} | ${c.automated} | ${c.covered} | ${coveragePercent(c)} | ${c.implementedChecks} / ${c.checks} |`;
  });
  return [
    '| Framework | `--compliance` | Requirements | Automated | Covered by prowl | Coverage | Checks implemented |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${await frameworksTable()}\n`);
