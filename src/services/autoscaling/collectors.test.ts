import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { AutoScalingClient, CreateAutoScalingGroupCommand, CreateLaunchConfigurationCommand } from '@aws-sdk/client-auto-scaling';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { evaluate } from '../../core/evaluate.js';
import { buildComplianceIndex } from '../../compliance/index.js';
import { groups, launchConfigurations } from './collectors.js';
import findSecrets from './checks/autoscaling_find_secrets_ec2_launch_configuration.js';

// A fake secret built from parts so no complete credential sits in the repository.
const FAKE_PASSWORD = 'Hq4' + 'vP9wT2zK';

describe('autoscaling collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('collects groups and launch configurations, scanning (gzip) user data without keeping it', async () => {
    const as = new AutoScalingClient(moto.config());
    const script = `#!/bin/bash\nyum -y install app\nexport DB_PASSWORD="${FAKE_PASSWORD}"\n`;
    await as.send(
      new CreateLaunchConfigurationCommand({
        LaunchConfigurationName: 'leaky',
        ImageId: 'ami-12c6146b',
        InstanceType: 't3.micro',
        AssociatePublicIpAddress: true,
        MetadataOptions: { HttpTokens: 'optional' },
        UserData: gzipSync(script).toString('base64'),
      }),
    );
    await as.send(new CreateLaunchConfigurationCommand({ LaunchConfigurationName: 'clean', ImageId: 'ami-12c6146b', InstanceType: 't3.micro', MetadataOptions: { HttpTokens: 'required' } }));
    await as.send(
      new CreateAutoScalingGroupCommand({
        AutoScalingGroupName: 'web',
        LaunchConfigurationName: 'leaky',
        MinSize: 0,
        MaxSize: 1,
        AvailabilityZones: ['us-east-1a', 'us-east-1b'],
        CapacityRebalance: true,
        HealthCheckType: 'ELB',
      }),
    );

    const inv = await collectFromMoto(moto, [groups, launchConfigurations]);
    expect(inv.get(groups)).toMatchObject({
      ok: true,
      data: [{ name: 'web', launchConfigurationName: 'leaky', availabilityZones: ['us-east-1a', 'us-east-1b'], capacityRebalance: true, healthCheckType: 'ELB', mixedInstances: false }],
    });
    const lcs = inv.get(launchConfigurations);
    expect(lcs.ok).toBe(true);
    if (!lcs.ok) return;
    const leaky = lcs.data.find((l) => l.name === 'leaky')!;
    expect(leaky).toMatchObject({ associatePublicIp: true, httpTokens: 'optional', hasUserData: true });
    expect(leaky.userDataSecrets.map((h) => [h.kind, h.line, h.key])).toEqual([['Password or secret in assignment', 3, 'DB_PASSWORD']]);
    expect(lcs.data.find((l) => l.name === 'clean')).toMatchObject({ httpTokens: 'required', hasUserData: false, userDataSecrets: [] });

    const findings = [...evaluate([findSecrets], inv, { compliance: buildComplianceIndex() })];
    expect(findings.map((f) => [f.resource.id, f.status]).sort()).toEqual([['clean', 'PASS'], ['leaky', 'FAIL']]);
    expect(JSON.stringify(findings)).not.toContain(FAKE_PASSWORD);
    expect(JSON.stringify(lcs)).not.toContain(FAKE_PASSWORD);
  });
});
