import { describe, expect, it } from 'vitest';
import check from './awslambda_function_invoke_api_operations_cloudtrail_logging_enabled.js';
import { functions } from '../collectors.js';
import { fnArn, makeFn } from '../test-fixtures.js';
import { trails, type EventSelectorSummary } from '../../cloudtrail/collectors.js';
import { makeTrail, okr, withTrails } from '../../cloudtrail/test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

type Field = EventSelectorSummary['advanced'][number]['fieldSelectors'][number];
const classic = (readWriteType: 'All' | 'ReadOnly' | 'WriteOnly', values: string[]) =>
  okr<EventSelectorSummary>({ classic: [{ readWriteType, includeManagementEvents: true, dataResources: [{ type: 'AWS::Lambda::Function', values }] }], advanced: [] });
const advanced = (...fieldSelectors: Field[]) => okr<EventSelectorSummary>({ classic: [], advanced: [{ name: 'lambda', fieldSelectors }] });
const DATA: Field = { field: 'eventCategory', equals: ['Data'] };
const LAMBDA: Field = { field: 'resources.type', equals: ['AWS::Lambda::Function'] };

const run = (trailList: Parameters<typeof makeTrail>[0][], fns = [makeFn('api'), makeFn('worker')], regions = ['us-east-1']) =>
  runCheck(check, withTrails(new FixtureInventory(regions), trailList.map(makeTrail)).set(functions, fns));

describe('awslambda_function_invoke_api_operations_cloudtrail_logging_enabled', () => {
  it('PASS for every function when a logging trail records all Lambda data events (classic or advanced)', () => {
    for (const sel of [classic('All', ['arn:aws:lambda']), classic('WriteOnly', ['arn:aws:lambda']), advanced(DATA, LAMBDA)]) {
      const findings = run([{ eventSelectors: sel }]);
      expect(statusById(findings), JSON.stringify(sel)).toEqual({ api: 'PASS', worker: 'PASS' });
      expect(findings[0].statusExtended).toBe('Trail main records the invocations of Lambda function api.');
    }
  });

  it('judges per function: ARN conditions cover some functions only; read-only and partial selectors record no invocations', () => {
    expect(statusById(run([{ eventSelectors: classic('All', [fnArn('api')]) }]))).toEqual({ api: 'PASS', worker: 'FAIL' });
    expect(statusById(run([{ eventSelectors: advanced(DATA, LAMBDA, { field: 'resources.ARN', notEquals: [fnArn('worker')] }) }]))).toEqual({ api: 'PASS', worker: 'FAIL' });
    // Prowler passes any advanced selector on AWS::Lambda::Function and any classic Lambda selector, whatever else they restrict.
    for (const sel of [
      classic('ReadOnly', ['arn:aws:lambda']),
      advanced(DATA, LAMBDA, { field: 'readOnly', equals: ['true'] }),
      advanced(DATA, LAMBDA, { field: 'eventName', equals: ['GetFunction'] }),
      advanced(DATA, LAMBDA, { field: 'userIdentity.arn', equals: ['arn:aws:iam::123456789012:role/ci'] }),
      advanced(DATA, { field: 'resources.type', equals: ['AWS::S3::Object'] }),
    ]) {
      const findings = run([{ eventSelectors: sel }]);
      expect(statusById(findings), JSON.stringify(sel)).toEqual({ api: 'FAIL', worker: 'FAIL' });
      expect(findings[0].statusExtended).toBe('No logging CloudTrail trail records the invocations of Lambda function api.');
    }
  });

  it('FAIL when the selecting trail is not logging, or is a single-region trail of another region', () => {
    const [stopped] = run([{ eventSelectors: advanced(DATA, LAMBDA), status: okr({ isLogging: false }) }], [makeFn('api')]);
    expect(stopped.status).toBe('FAIL');
    expect(stopped.statusExtended).toContain('Trail main selects them but is not logging.');
    const fx = withTrails(new FixtureInventory(['us-east-1', 'eu-west-1']), [makeTrail({ isMultiRegion: false, eventSelectors: advanced(DATA, LAMBDA) })])
      .set(functions, [makeFn('home')], ['us-east-1'])
      .set(functions, [makeFn('away', {}, 'eu-west-1')], ['eu-west-1']);
    expect(statusById(runCheck(check, fx))).toEqual({ home: 'PASS', away: 'FAIL' });
  });

  it('ERROR naming the call when selectors, trails or functions could not be read; MANUAL for an unreadable organization trail', () => {
    const [f] = run([{ eventSelectors: { ok: false, error: denied('cloudtrail:GetEventSelectors') } }], [makeFn('api')]);
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('cloudtrail:GetEventSelectors');
    const fx = withTrails(new FixtureInventory(), []).set(functions, [makeFn('api')]).set(trails, { error: denied('cloudtrail:DescribeTrails') });
    expect(runCheck(check, fx)[0].statusExtended).toContain('cloudtrail:DescribeTrails');
    const noFns = withTrails(new FixtureInventory(), []).set(functions, { error: denied('lambda:ListFunctions') });
    expect(runCheck(check, noFns)[0]).toMatchObject({ status: 'ERROR', statusExtended: expect.stringContaining('lambda:ListFunctions') });
    const [org] = run([{ arn: 'arn:aws:cloudtrail:us-east-1:999988887777:trail/org', name: 'org', eventSelectors: { ok: false, error: denied('cloudtrail:GetEventSelectors') } }], [makeFn('api')]);
    expect(org.status).toBe('MANUAL');
    expect(org.statusExtended).toContain('account 999988887777');
  });
});
