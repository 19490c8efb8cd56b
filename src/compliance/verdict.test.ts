import { describe, expect, it } from 'vitest';
import type { Framework } from './index.js';
import { ComplianceTracker, requirementVerdict, scopeOf, type CheckTally } from './verdict.js';

const tally = (t: Partial<CheckTally>): CheckTally => ({ PASS: 0, FAIL: 0, ERROR: 0, MANUAL: 0, muted: 0, ...t });
const scope = scopeOf(['a', 'b', 'c', 'unselected'], ['a', 'b', 'c']);
const verdict = (checks: string[], t: Record<string, Partial<CheckTally>> = {}) =>
  requirementVerdict({ checks }, new Map(Object.entries(t).map(([k, v]) => [k, tally(v)])), scope);

describe('requirementVerdict', () => {
  it('a requirement without checks is MANUAL', () => {
    expect(verdict([])).toMatchObject({ status: 'MANUAL', note: expect.stringContaining('by hand') });
  });

  it('a check that ran and found nothing is PASS with a note; only muted findings PASS too', () => {
    expect(verdict(['a'])).toMatchObject({ status: 'PASS', note: 'no resources to assess' });
    expect(verdict(['a'], { a: { muted: 2 } })).toMatchObject({ status: 'PASS', note: 'only muted findings' });
    expect(verdict(['a', 'b'], { a: { PASS: 1 } })).toMatchObject({ status: 'PASS', note: 'no resources for b' });
  });

  it('never PASS with a check prowl lacks or did not run; FAIL and ERROR still show', () => {
    expect(verdict(['a', 'missing'], { a: { PASS: 3 } })).toMatchObject({
      status: 'NOT IMPLEMENTED',
      note: 'not implemented in prowl: missing (1 of 2 checks implemented)',
    });
    expect(verdict(['a', 'unselected'], { a: { PASS: 1 } })).toMatchObject({ status: 'NOT RUN', note: expect.stringContaining('unselected') });
    expect(verdict(['a', 'missing'], { a: { FAIL: 1 } }).status).toBe('FAIL');
    expect(verdict(['a', 'missing'], { a: { ERROR: 1, PASS: 1 } }).status).toBe('ERROR');
  });

  it('orders FAIL, ERROR, MANUAL, PASS over findings; muted FAILs do not fail', () => {
    expect(verdict(['a', 'b'], { a: { FAIL: 1, PASS: 5 }, b: { ERROR: 1 } }).status).toBe('FAIL');
    expect(verdict(['a', 'b'], { a: { PASS: 5 }, b: { ERROR: 1 } }).status).toBe('ERROR');
    expect(verdict(['a', 'b'], { a: { PASS: 5 }, b: { MANUAL: 1 } }).status).toBe('MANUAL');
    expect(verdict(['a'], { a: { PASS: 1, muted: 3 } }).status).toBe('PASS');
  });
});

describe('ComplianceTracker', () => {
  const f: Framework = {
    id: 'fw',
    family: 'T',
    name: 'T',
    version: '1',
    provider: 'aws',
    requirements: [
      { id: '1', section: 'S', profile: '', assessment: '', checks: ['a'] },
      { id: '2', section: 'S', profile: '', assessment: '', checks: ['b'] },
      { id: '3', section: 'S', profile: '', assessment: '', checks: ['c'] },
    ],
  };
  it('counts findings towards the requirements they name, and a check that ran only for another framework is NOT RUN', () => {
    const t = new ComplianceTracker([f], scope);
    t.add({ checkId: 'a', status: 'FAIL', muted: false, compliance: [{ framework: 'fw', requirements: ['1'] }] });
    t.add({ checkId: 'b', status: 'PASS', muted: false, compliance: [{ framework: 'other', requirements: ['9'] }] });
    expect(t.verdicts(f).map((v) => v.verdict.status)).toEqual(['FAIL', 'NOT RUN', 'PASS']);
    expect(t.counts(f)).toMatchObject({ FAIL: 1, 'NOT RUN': 1, PASS: 1, ERROR: 0 });
  });
});
