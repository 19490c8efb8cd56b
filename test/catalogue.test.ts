/**
 * The catalogue meta-test: keeps hundreds of checks honest as they are added.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBuiltinChecks } from '../src/registry.js';
import { checkMetadataSchema, type Check } from '../src/core/check.js';
import { FRAMEWORKS } from '../src/compliance/index.js';
import prowler5 from '../src/compliance/prowler5-catalogue.json' with { type: 'json' };
import prowler2 from '../src/compliance/prowler2.json' with { type: 'json' };
import { FixtureInventory, runCheck } from './helpers/check.js';

const SERVICES = fileURLToPath(new URL('../src/services', import.meta.url));
const checks: Check[] = await loadBuiltinChecks();
const byId = new Map(checks.map((c) => [c.id, c]));
const reference = new Map((prowler5 as string[][]).map(([id, service, severity, resourceType]) => [id, { service, severity, resourceType }]));

function checkFile(c: Check): string {
  for (const svc of readdirSync(SERVICES)) {
    const f = join(SERVICES, svc, 'checks', `${c.id}.ts`);
    if (existsSync(f)) return f;
  }
  throw new Error(`no file for ${c.id}`);
}

describe('check catalogue', () => {
  it('has the checks every CIS framework needs', () => {
    const needed = new Set(FRAMEWORKS.filter((f) => f.family === 'CIS').flatMap((f) => f.requirements.flatMap((r) => r.checks)));
    const missing = [...needed].filter((id) => !byId.has(id)).sort();
    expect(missing).toEqual([]);
  });

  it('imports every Prowler 5 AWS framework, plus CIS 1.2 and 1.3', () => {
    const ids = new Set(FRAMEWORKS.map((f) => f.id));
    expect(FRAMEWORKS.length).toBe(51);
    for (const id of ['cis_1.2_aws', 'cis_1.3_aws', 'cis_7.0_aws', 'aws_foundational_security_best_practices_aws', 'pci_4.0_aws', 'iso27001_2022_aws', 'soc2_aws', 'hipaa_aws', 'gdpr_aws', 'nist_800_53_revision_5_aws', 'mitre_attack_aws', 'nis2_aws', 'dora_2022_2554', 'cis_controls_8.1']) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('every framework file: unique requirement ids, sections present, each check implemented or listed as not implemented', () => {
    const notImplementedYet = new Set((prowler5 as string[][]).map((r) => r[0]));
    for (const f of FRAMEWORKS) {
      const ids = f.requirements.map((r) => r.id);
      expect(new Set(ids).size, `${f.id}: requirement ids are unique`).toBe(ids.length);
      for (const r of f.requirements) {
        expect(r.section.trim(), `${f.id} ${r.id}: section`).not.toBe('');
        if (f.family === 'CIS') {
          expect(r.title, `${f.id} ${r.id}: prowl's own title`).toBeTruthy();
          if (r.checks.length === 0) expect(r.assessment, `${f.id} ${r.id}`).toBe('Manual');
        }
        for (const c of r.checks) {
          // Not in prowl yet: then it is one of Prowler 5's checks, which the coverage counts as not implemented.
          expect(byId.has(c) || notImplementedYet.has(c), `${f.id} ${r.id} -> ${c}`).toBe(true);
        }
        for (const [c, params] of Object.entries(r.params ?? {})) {
          expect(r.checks, `${f.id} ${r.id}: params for a check it maps`).toContain(c);
          if (!byId.has(c)) continue;
          for (const p of Object.keys(params)) expect(byId.get(c)?.params?.[p], `${f.id} ${r.id}: ${c}.${p}`).toBeDefined();
        }
        if (r.deviation) expect(r.deviation.reason.length, `${f.id} ${r.id}: deviation reason`).toBeGreaterThan(40);
      }
      for (const c of f.unknownChecks ?? []) expect(notImplementedYet.has(c), `${f.id}: ${c} is not a Prowler 5 check`).toBe(false);
    }
  });

  it('CIS titles are prowl\'s own short words, not the benchmark\'s "Ensure ..." sentences', () => {
    for (const f of FRAMEWORKS.filter((x) => x.family === 'CIS')) {
      for (const r of f.requirements) {
        expect(r.title!.length, `${f.id} ${r.id}`).toBeLessThanOrEqual(80);
        expect(r.title, `${f.id} ${r.id}`).not.toMatch(/^Ensure\b/i);
      }
    }
  });

  it('ids are unique, match their file names, and metadata is valid', () => {
    expect(new Set(checks.map((c) => c.id)).size).toBe(checks.length);
    for (const c of checks) {
      const parsed = checkMetadataSchema.safeParse(c);
      expect(parsed.success, `${c.id}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues[0])}`).toBe(true);
      expect(checkFile(c).endsWith(`/${c.service}/checks/${c.id}.ts`), `${c.id} lives in its service folder`).toBe(true);
      if (c.uses.length === 0) {
        // Only a check that cannot be automated may read nothing, and then it may only say MANUAL.
        const findings = runCheck(c, new FixtureInventory());
        expect(findings.length, `${c.id} reads no fact, so it must report MANUAL`).toBeGreaterThan(0);
        expect(findings.every((f) => f.status === 'MANUAL'), `${c.id} reads no fact, so it may only report MANUAL`).toBe(true);
      }
    }
  });

  it('keeps Prowler 5 ids, services and severities where the check exists there', () => {
    for (const c of checks) {
      const ref = reference.get(c.id);
      if (!ref) continue;
      expect(c.service, c.id).toBe(ref.service);
      expect(c.severity, c.id).toBe(ref.severity);
    }
  });

  it('every check has a test with PASS, FAIL and ERROR cases', () => {
    for (const c of checks) {
      const test = checkFile(c).replace(/\.ts$/, '.test.ts');
      expect(existsSync(test), `${c.id} has a test`).toBe(true);
      // A family of checks may share its PASS/FAIL/ERROR cases through a test module of its service folder.
      const own = readFileSync(test, 'utf8');
      const shared = [...own.matchAll(/from '(\.\.?\/[^']*(?:fixtures|test-helper)[^']*)\.js'/g)]
        .map((m) => join(dirname(test), `${m[1]}.ts`))
        .filter((f) => existsSync(f))
        .map((f) => readFileSync(f, 'utf8'));
      const text = [own, ...shared].join('\n');
      const statuses = c.uses.length ? ['PASS', 'FAIL', 'ERROR'] : ['MANUAL'];
      for (const status of statuses) expect(text.includes(`'${status}'`) || text.includes(`"${status}"`), `${c.id} test covers ${status}`).toBe(true);
    }
  });

  it('checks never import the AWS SDK', () => {
    for (const c of checks) {
      const text = readFileSync(checkFile(c), 'utf8');
      expect(/from ['"]@aws-sdk\//.test(text) || /import\(['"]@aws-sdk\//.test(text), c.id).toBe(false);
    }
  });

  it('facts have unique ids and every service with collectors has a collector test', () => {
    const facts = new Map<string, unknown>();
    for (const c of checks) {
      for (const f of c.uses) {
        const prev = facts.get(f.id);
        expect(prev === undefined || prev === f, `fact ${f.id} defined twice`).toBe(true);
        facts.set(f.id, f);
      }
    }
    for (const svc of readdirSync(SERVICES)) {
      const files = readdirSync(join(SERVICES, svc)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
      for (const f of files) {
        if (!/defineFact/.test(readFileSync(join(SERVICES, svc, f), 'utf8'))) continue;
        expect(existsSync(join(SERVICES, svc, f.replace(/\.ts$/, '.test.ts'))), `${svc}/${f} has a test`).toBe(true);
      }
    }
  });

  it('Prowler 2 aliases of CIS 1.2 controls all resolve to implemented checks', () => {
    const aliases = (prowler2 as { aliases: Record<string, string[]> }).aliases;
    for (const n of ['check11', 'check13', 'check122', 'check21', 'check310', 'check46']) {
      expect(aliases[n].length, n).toBeGreaterThan(0);
      for (const id of aliases[n]) expect(byId.has(id), `${n} -> ${id}`).toBe(true);
    }
  });
});
