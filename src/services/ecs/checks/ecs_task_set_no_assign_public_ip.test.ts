import { describe, expect, it } from 'vitest';
import check from './ecs_task_set_no_assign_public_ip.js';
import { services } from '../collectors.js';
import { svc } from '../test-services.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const ts = (id: string, assignPublicIp?: string) => ({ arn: `arn:aws:ecs:us-east-1:123456789012:task-set/main/web/${id}`, id, assignPublicIp });

describe('ecs_task_set_no_assign_public_ip', () => {
  it('PASS for private task sets, FAIL for public ones, nothing for services without task sets', () => {
    const findings = runCheck(check, new FixtureInventory().set(services, [svc('web', { taskSets: [ts('ecs-svc/1', 'DISABLED'), ts('ecs-svc/2', 'ENABLED')] }), svc('plain')]));
    expect(statusById(findings)).toEqual({ 'ecs-svc/1': 'PASS', 'ecs-svc/2': 'FAIL' });
    expect(findings[1].statusExtended).toContain('service web');
  });
  it('ERROR when services could not be read', () => {
    const findings = runCheck(check, new FixtureInventory().set(services, { error: denied('ecs:DescribeServices') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
