import { describe, expect, it } from 'vitest';
import check from './ssmincidents_enabled_with_plans.js';
import { incidentSetup } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const rs = (status: string) => ({ arn: 'arn:aws:ssm-incidents::123456789012:replication-set/x', status, regions: ['us-east-1'] });
const plan = { arn: 'arn:aws:ssm-incidents::123456789012:response-plan/db', name: 'db' };
const run = (v: unknown) => runCheck(check, new FixtureInventory().set(incidentSetup, v as never))[0];

describe('ssmincidents_enabled_with_plans', () => {
  it('PASS active with plans; FAIL without set, inactive or without plans; ERROR when denied', () => {
    expect(run({ replicationSet: rs('ACTIVE'), responsePlans: [plan] }).status).toBe('PASS');
    expect(run({ replicationSet: null, responsePlans: [] }).statusExtended).toMatch(/not set up/);
    expect(run({ replicationSet: rs('CREATING'), responsePlans: [plan] }).status).toBe('FAIL');
    expect(run({ replicationSet: rs('ACTIVE'), responsePlans: [] }).statusExtended).toMatch(/no response plan/);
    expect(run({ error: denied('ssm-incidents:ListReplicationSets') }).status).toBe('ERROR');
  });
});
