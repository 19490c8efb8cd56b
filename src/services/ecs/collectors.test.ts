import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateClusterCommand, CreateServiceCommand, ECSClient, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { CreateSecurityGroupCommand, CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { evaluate } from '../../core/evaluate.js';
import { buildComplianceIndex } from '../../compliance/index.js';
import { clusters, services, taskDefinitionList, taskDefinitions } from './collectors.js';
import noEnvSecrets from './checks/ecs_task_definitions_no_environment_secrets.js';

// A fake secret built from parts so no complete credential sits in the repository.
const FAKE_AWS_SECRET = 'k9Tq2' + 'Lm8ZxVb4Ry7Hc1Nw6Pd3Gs0Fj5Ue2Ao8Ikq';

describe('ecs collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('collects clusters with settings, services with network config, and task definitions with container details and env secrets (names only)', async () => {
    const ec2 = new EC2Client(moto.config());
    const { Vpc } = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }));
    const { Subnet } = await ec2.send(new CreateSubnetCommand({ VpcId: Vpc!.VpcId!, CidrBlock: '10.0.1.0/24' }));
    const { GroupId } = await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'svc', Description: 'svc', VpcId: Vpc!.VpcId! }));
    const ecs = new ECSClient(moto.config());
    await ecs.send(new CreateClusterCommand({ clusterName: 'main', settings: [{ name: 'containerInsights', value: 'enabled' }] }));
    await ecs.send(
      new RegisterTaskDefinitionCommand({
        family: 'web',
        networkMode: 'host',
        pidMode: 'host',
        containerDefinitions: [
          {
            name: 'app',
            image: 'nginx',
            memory: 128,
            privileged: true,
            readonlyRootFilesystem: true,
            user: 'root',
            logConfiguration: { logDriver: 'awslogs', options: { mode: 'non-blocking', 'awslogs-group': 'g' } },
            environment: [
              { name: 'AWS_SECRET_ACCESS_KEY', value: FAKE_AWS_SECRET },
              { name: 'PORT', value: '80' },
            ],
          },
          { name: 'sidecar', image: 'busybox', memory: 64 },
        ],
      }),
    );
    await ecs.send(new RegisterTaskDefinitionCommand({ family: 'svc', networkMode: 'awsvpc', containerDefinitions: [{ name: 'c', image: 'nginx', memory: 128 }] }));
    await ecs.send(
      new CreateServiceCommand({
        cluster: 'main',
        serviceName: 'api',
        taskDefinition: 'svc',
        desiredCount: 1,
        launchType: 'FARGATE',
        platformVersion: '1.3.0',
        networkConfiguration: { awsvpcConfiguration: { subnets: [Subnet!.SubnetId!], securityGroups: [GroupId!], assignPublicIp: 'ENABLED' } },
      }),
    );

    const inv = await collectFromMoto(moto, [clusters, services, taskDefinitionList, taskDefinitions]);
    expect(inv.get(clusters)).toMatchObject({ ok: true, data: [{ name: 'main', containerInsights: 'enabled' }] });
    expect(inv.get(services)).toMatchObject({ ok: true, data: [{ name: 'api', launchType: 'FARGATE', platformVersion: '1.3.0', assignPublicIp: 'ENABLED', taskSets: [] }] });
    const list = inv.get(taskDefinitionList);
    expect(list.ok && list.data.map((d) => d.arn).sort()).toEqual(['arn:aws:ecs:us-east-1:123456789012:task-definition/svc:1', 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:1']);
    const defs = inv.get(taskDefinitions);
    const web = defs.ok ? defs.data['arn:aws:ecs:us-east-1:123456789012:task-definition/web:1'] : undefined;
    expect(web).toMatchObject({
      ok: true,
      data: {
        family: 'web',
        revision: 1,
        networkMode: 'host',
        pidMode: 'host',
        containers: [
          { name: 'app', privileged: true, readonlyRootFilesystem: true, user: 'root', logDriver: 'awslogs', logMode: 'non-blocking', envNames: ['AWS_SECRET_ACCESS_KEY', 'PORT'] },
          { name: 'sidecar', privileged: false, readonlyRootFilesystem: false, envNames: [], envSecrets: [] },
        ],
      },
    });
    expect(web?.ok && web.data.containers[0].envSecrets.map((h) => [h.key, h.kind])).toEqual([['AWS_SECRET_ACCESS_KEY', 'AWS secret access key']]);

    const findings = [...evaluate([noEnvSecrets], inv, { compliance: buildComplianceIndex() })];
    expect(findings.map((f) => [f.resource.id, f.status]).sort()).toEqual([['svc:1', 'PASS'], ['web:1', 'FAIL']]);
    expect(findings.find((f) => f.status === 'FAIL')!.statusExtended).toContain('AWS secret access key (container app variable AWS_SECRET_ACCESS_KEY)');
    expect(JSON.stringify(findings)).not.toContain(FAKE_AWS_SECRET);
    expect(JSON.stringify(inv.get(taskDefinitions))).not.toContain(FAKE_AWS_SECRET);
  });
});
