/**
 * JUnit XML output (-M junit-xml) for CI systems: one <testsuite> per check (name = check id), one
 * <testcase> per finding (name = "<resource ARN, or id when there is none> (<region>)"; classname = service).
 *
 *   PASS            empty testcase (passed)
 *   FAIL            <failure message="status_extended" type="FAIL">, body: resource, region, remediation
 *   ERROR           <error message="... names the failed call ..." type="<error code>">, body: the AWS message
 *   MANUAL, muted   <skipped message="..."/> (muted wins over any status: a muted FAIL does not fail CI)
 *
 * In a multi-account run (Organization, --accounts) each name ends with its account, "in <id> (<name>)", so the
 * same resource kind in two accounts never shares a name; every FAIL and ERROR body names the account.
 * Every testcase name carries its region, so the same account resource reported in several regions has
 * names of one form; a name that still repeats (a check run with several parameter sets) gets " #<n>".
 * Each suite carries tests/failures/errors/skipped, the check's timestamp and <properties> (title,
 * severity, service). The <testsuites> root has no totals: they are not known until the end, and
 * writing them would mean holding the whole report.
 *
 * Streaming: evaluation yields findings check by check, so only the current suite is held in memory and
 * is written when the next check starts (or at close). Should a check's findings ever arrive split, the
 * check simply gets two suites.
 *
 * XML: a tiny serializer (no XML library is installed). Characters XML 1.0 forbids (C0 controls other
 * than tab, LF and CR; lone surrogates; U+FFFE/U+FFFF) become U+FFFD; & < > " ' are escaped; in
 * attributes tab, LF and CR are written as character references so parsers do not fold them to spaces.
 */
import type { Check } from '../core/check.js';
import type { Finding } from '../core/types.js';
import { accountOf, FileSink } from './common.js';
import type { OutputContext, OutputWriter } from './types.js';

const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text safe for XML 1.0 character data. */
export function xmlText(s: string): string {
  return s.replace(INVALID_XML, '\uFFFD').replace(/[&<>"'\r]/g, (c) => ENTITIES[c]);
}

/** Text safe inside a double-quoted XML 1.0 attribute, whitespace preserved. */
export function xmlAttr(s: string): string {
  return s.replace(INVALID_XML, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

const attrs = (a: Record<string, string | number | undefined>): string =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');

interface Suite {
  checkId: string;
  check: Check;
  timestamp: string;
  cases: string[];
  names: Set<string>;
  failures: number;
  errors: number;
  skipped: number;
}

function caseName(finding: Finding, suite: Suite, account: string | undefined): string {
  // Always "<resource> (<region>)": the same name for the same resource in every run and every position
  // (CI tools track testcases by name), " #<n>" only when a check reports one resource twice in a region.
  const base = `${finding.resource.arn || finding.resource.id} (${finding.region})${account ? ` in ${account}` : ''}`;
  let name = base;
  for (let n = 2; suite.names.has(name); n++) name = `${base} #${n}`;
  suite.names.add(name);
  return name;
}

function errorMessage(finding: Finding): string {
  const e = finding.error;
  if (!e) return finding.statusExtended;
  return finding.statusExtended.includes(e.operation) ? finding.statusExtended : `${finding.statusExtended} (${e.operation}: ${e.code})`;
}

/** One <testcase> element, and which counter it adds to. */
function testcase(finding: Finding, check: Check, suite: Suite, ctx: OutputContext | undefined): { xml: string; kind: 'pass' | 'failure' | 'error' | 'skipped' } {
  const name = ctx ? accountOf(ctx, finding.accountId).name : undefined;
  const account = `${finding.accountId}${name ? ` (${name})` : ''}`;
  const open = `    <testcase${attrs({ name: caseName(finding, suite, ctx?.accounts ? account : undefined), classname: check.service, time: 0 })}`;
  const r = finding.resource;
  if (finding.muted || finding.status === 'MANUAL') {
    const message = finding.muted
      ? `muted${finding.mutedBy ? ` by: ${finding.mutedBy}` : ''} (${finding.status}: ${finding.statusExtended})`
      : `manual: ${finding.statusExtended}`;
    return { xml: `${open}>\n      <skipped${attrs({ message })}/>\n    </testcase>\n`, kind: 'skipped' };
  }
  if (finding.status === 'FAIL') {
    const body = [
      finding.statusExtended,
      `Resource: ${r.arn || r.id}${r.name && r.name !== r.id ? ` (${r.name})` : ''}`,
      `Region: ${finding.region}`,
      `Account: ${account}`,
      `Severity: ${check.severity}`,
      `Remediation: ${check.remediation.text}${check.remediation.url ? ` ${check.remediation.url}` : ''}`,
    ].join('\n');
    return {
      xml: `${open}>\n      <failure${attrs({ message: finding.statusExtended, type: 'FAIL' })}>${xmlText(body)}</failure>\n    </testcase>\n`,
      kind: 'failure',
    };
  }
  if (finding.status === 'ERROR') {
    const e = finding.error;
    const body = `${e ? `${e.operation} failed with ${e.code} (${e.kind}): ${e.message}` : finding.statusExtended}\nAccount: ${account}`;
    return {
      xml: `${open}>\n      <error${attrs({ message: errorMessage(finding), type: e?.code ?? 'ERROR' })}>${xmlText(body)}</error>\n    </testcase>\n`,
      kind: 'error',
    };
  }
  return { xml: `${open}/>\n`, kind: 'pass' };
}

function renderSuite(s: Suite): string {
  const head = `  <testsuite${attrs({
    name: s.checkId,
    tests: s.cases.length,
    failures: s.failures,
    errors: s.errors,
    skipped: s.skipped,
    time: 0,
    timestamp: s.timestamp,
  })}>\n`;
  const props =
    `    <properties>\n` +
    [
      ['title', s.check.title],
      ['severity', s.check.severity],
      ['service', s.check.service],
    ]
      .map(([name, value]) => `      <property${attrs({ name, value })}/>\n`)
      .join('') +
    `    </properties>\n`;
  return `${head}${props}${s.cases.join('')}  </testsuite>\n`;
}

export function createJunitWriter(path: string, ctx?: OutputContext): OutputWriter {
  const sink = new FileSink(path);
  let started = false;
  let current: Suite | undefined;

  const flush = async () => {
    if (current) await sink.write(renderSuite(current));
    current = undefined;
  };

  return {
    path,
    async write(finding, check) {
      if (!started) {
        started = true;
        await sink.write(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="prowl">\n`);
      }
      if (current && current.checkId !== finding.checkId) await flush();
      current ??= {
        checkId: finding.checkId,
        check,
        timestamp: finding.timestamp.replace(/\.\d+Z$|Z$/, ''),
        cases: [],
        names: new Set(),
        failures: 0,
        errors: 0,
        skipped: 0,
      };
      const { xml, kind } = testcase(finding, check, current, ctx);
      current.cases.push(xml);
      if (kind === 'failure') current.failures++;
      else if (kind === 'error') current.errors++;
      else if (kind === 'skipped') current.skipped++;
    },
    async close() {
      if (!started) return sink.end(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="prowl"/>\n`);
      await flush();
      await sink.end('</testsuites>\n');
    },
  };
}
