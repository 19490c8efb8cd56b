import { describe, expect, it } from 'vitest';
import check from './ecs_cluster_container_insights_enabled.js';
import { clusters } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const c = (name: string, containerInsights?: string) => ({ arn: `arn:aws:ecs:us-east-1:123456789012:cluster/${name}`, name, containerInsights });

describe('ecs_cluster_container_insights_enabled', () => {
  it('PASS when enabled or enhanced, FAIL when disabled or unset', () => {
    const findings = runCheck(check, new FixtureInventory().set(clusters, [c('on', 'enabled'), c('plus', 'enhanced'), c('off', 'disabled'), c('unset')]));
    expect(statusById(findings)).toEqual({ on: 'PASS', plus: 'PASS', off: 'FAIL', unset: 'FAIL' });
  });
  it('ERROR when clusters could not be listed', () => {
    const findings = runCheck(check, new FixtureInventory().set(clusters, { error: denied('ecs:ListClusters') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
