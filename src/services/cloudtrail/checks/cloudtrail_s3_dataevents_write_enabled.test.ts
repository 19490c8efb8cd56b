import { describe, expect, it } from 'vitest';
import check from './cloudtrail_s3_dataevents_write_enabled.js';
import type { EventSelectorSummary } from '../collectors.js';
import { makeTrail, okr, withTrails } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const classic = (readWriteType: 'All' | 'ReadOnly' | 'WriteOnly') =>
  okr<EventSelectorSummary>({ classic: [{ readWriteType, includeManagementEvents: true, dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] }], advanced: [] });
const run = (...t: Parameters<typeof makeTrail>[0][]) => runCheck(check, withTrails(new FixtureInventory(['us-east-1', 'eu-west-1']), t.map(makeTrail)));

describe('cloudtrail_s3_dataevents_write_enabled', () => {
  it('PASS for all or write-only S3 object selectors on a multi-region trail', () => {
    expect(run({ eventSelectors: classic('All') })[0].status).toBe('PASS');
    const [f] = run({
      eventSelectors: okr({
        classic: [],
        advanced: [{ fieldSelectors: [{ field: 'eventCategory', equals: ['Data'] }, { field: 'resources.type', equals: ['AWS::S3::Object'] }, { field: 'readOnly', equals: ['false'] }] }],
      }),
    });
    expect(f.status).toBe('PASS');
    expect(f.statusExtended).toContain('write events for all buckets');
  });
  it('FAIL for read-only selectors or none', () => {
    expect(run({ eventSelectors: classic('ReadOnly') })[0].status).toBe('FAIL');
    expect(run()[0]).toMatchObject({ status: 'FAIL', region: 'us-east-1' });
  });
  it('ERROR when the logging status of a configured trail is unknown', () => {
    const [f] = run({ eventSelectors: classic('WriteOnly'), status: { ok: false, error: denied('cloudtrail:GetTrailStatus') } });
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('cloudtrail:GetTrailStatus');
  });
});
