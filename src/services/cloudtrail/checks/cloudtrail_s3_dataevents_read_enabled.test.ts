import { describe, expect, it } from 'vitest';
import check from './cloudtrail_s3_dataevents_read_enabled.js';
import { trails, type EventSelectorSummary } from '../collectors.js';
import { makeTrail, okr, withTrails } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const classic = (readWriteType: 'All' | 'ReadOnly' | 'WriteOnly', values: string[]) =>
  okr<EventSelectorSummary>({ classic: [{ readWriteType, includeManagementEvents: true, dataResources: [{ type: 'AWS::S3::Object', values }] }], advanced: [] });
const advanced = (...fieldSelectors: EventSelectorSummary['advanced'][number]['fieldSelectors']) =>
  okr<EventSelectorSummary>({ classic: [], advanced: [{ name: 'data', fieldSelectors }] });
const DATA = { field: 'eventCategory', equals: ['Data'] };
const S3OBJ = { field: 'resources.type', equals: ['AWS::S3::Object'] };
const run = (regions: string[], ...t: Parameters<typeof makeTrail>[0][]) => runCheck(check, withTrails(new FixtureInventory(regions), t.map(makeTrail)));

describe('cloudtrail_s3_dataevents_read_enabled', () => {
  it('PASS for a multi-region trail with a classic all-buckets selector recording reads', () => {
    for (const sel of [classic('All', ['arn:aws:s3']), classic('ReadOnly', ['arn:aws:s3:::'])]) {
      const [f] = run(['us-east-1', 'eu-west-1'], { eventSelectors: sel });
      expect(f.status).toBe('PASS');
      expect(f.statusExtended).toContain('multi-region trail main');
    }
  });
  it('PASS for advanced selectors for all S3 objects, noting ARN exclusions', () => {
    expect(run(['us-east-1'], { eventSelectors: advanced(DATA, S3OBJ) })[0].status).toBe('PASS');
    expect(run(['us-east-1'], { eventSelectors: advanced(DATA, S3OBJ, { field: 'readOnly', equals: ['true'] }) })[0].status).toBe('PASS');
    const [f] = run(['us-east-1'], { eventSelectors: advanced(DATA, S3OBJ, { field: 'resources.ARN', notStartsWith: ['arn:aws:s3:::trail-logs/'] }) });
    expect(f.status).toBe('PASS');
    expect(f.statusExtended).toContain('except objects matching arn:aws:s3:::trail-logs/');
  });
  it('FAIL for selectors that miss reads or cover only some buckets or events', () => {
    const failing = [
      classic('WriteOnly', ['arn:aws:s3']),
      classic('All', ['arn:aws:s3:::one-bucket/']),
      advanced(DATA, S3OBJ, { field: 'readOnly', equals: ['false'] }),
      advanced(DATA, S3OBJ, { field: 'resources.ARN', startsWith: ['arn:aws:s3:::one-bucket/'] }),
      advanced(DATA, S3OBJ, { field: 'eventName', equals: ['GetObject'] }),
      advanced(DATA, { field: 'resources.type', equals: ['AWS::Lambda::Function'] }),
      okr<EventSelectorSummary>({ classic: [{ readWriteType: 'All', includeManagementEvents: true, dataResources: [] }], advanced: [] }),
    ];
    for (const sel of failing) {
      const [f] = run(['us-east-1'], { eventSelectors: sel });
      expect(f.status, JSON.stringify(sel)).toBe('FAIL');
      expect(f.statusExtended).toContain('No logging CloudTrail trail records S3 object-level read events');
    }
  });
  it('FAIL when the configured trail is not logging, or only single-region trails cover some regions', () => {
    const [stopped] = run(['us-east-1'], { eventSelectors: classic('All', ['arn:aws:s3']), status: okr({ isLogging: false }) });
    expect(stopped.status).toBe('FAIL');
    expect(stopped.statusExtended).toContain('main is configured for them but is not logging');
    const [partial] = run(['us-east-1', 'eu-west-1'], { isMultiRegion: false, eventSelectors: classic('All', ['arn:aws:s3']) });
    expect(partial.status).toBe('FAIL');
    expect(partial.statusExtended).toContain('leaving eu-west-1 unrecorded');
    const [both] = run(
      ['us-east-1', 'eu-west-1'],
      { isMultiRegion: false, eventSelectors: classic('All', ['arn:aws:s3']) },
      { name: 'eu', homeRegion: 'eu-west-1', isMultiRegion: false, eventSelectors: classic('All', ['arn:aws:s3']) },
    );
    expect(both.status).toBe('PASS');
  });
  it('ERROR when selectors or a region\'s trails could not be read and nothing else proves coverage', () => {
    const [f] = run(['us-east-1'], { eventSelectors: { ok: false, error: denied('cloudtrail:GetEventSelectors') } });
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('cloudtrail:GetEventSelectors');
    const fx = withTrails(new FixtureInventory(['us-east-1', 'eu-west-1']), []);
    fx.set(trails, { error: denied('cloudtrail:DescribeTrails') }, ['eu-west-1']);
    expect(runCheck(check, fx)[0].status).toBe('ERROR');
    // A covering multi-region trail is proof enough, whatever failed elsewhere.
    const fx2 = withTrails(new FixtureInventory(['us-east-1', 'eu-west-1']), [makeTrail({ eventSelectors: classic('All', ['arn:aws:s3']) })]);
    fx2.set(trails, { error: denied('cloudtrail:DescribeTrails') }, ['eu-west-1']);
    expect(runCheck(check, fx2)[0].status).toBe('PASS');
  });
  it('MANUAL when only an organization trail of another account could hold the selectors', () => {
    const [f] = run(['us-east-1'], { arn: 'arn:aws:cloudtrail:us-east-1:999988887777:trail/org', name: 'org', eventSelectors: { ok: false, error: denied('cloudtrail:GetEventSelectors') } });
    expect(f.status).toBe('MANUAL');
    expect(f.statusExtended).toContain('account 999988887777');
  });
});
