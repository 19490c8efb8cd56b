/**
 * Seeds moto with compliant and non-compliant WP1 compute resources (Lambda, ECR, Auto Scaling, ECS,
 * Batch) for demos and end-to-end runs. Fake secrets are assembled from parts at run time.
 */
import { CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { CreateRepositoryCommand, ECRClient, SetRepositoryPolicyCommand } from '@aws-sdk/client-ecr';
import { AutoScalingClient, CreateLaunchConfigurationCommand } from '@aws-sdk/client-auto-scaling';
import { CreateClusterCommand, ECSClient, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { BatchClient, RegisterJobDefinitionCommand } from '@aws-sdk/client-batch';

const EMPTY_ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
const fakePassword = () => 'Demo' + 'Pw' + '-' + 'x7Q9' + 'z2Lk';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Cfg = any;

export async function seedWp1Compute(cfg: (region: string) => object, regions: string[], scale: number): Promise<void> {
  const iam = new IAMClient(cfg(regions[0]) as Cfg);
  let roleArn: string;
  try {
    roleArn = (await iam.send(new CreateRoleCommand({ RoleName: 'wp1-lambda-exec', AssumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) }))).Role!.Arn!;
  } catch {
    roleArn = 'arn:aws:iam::123456789012:role/wp1-lambda-exec';
  }
  for (const region of regions) {
    const c = cfg(region) as Cfg;
    const lambda = new LambdaClient(c);
    const ecr = new ECRClient(c);
    const as = new AutoScalingClient(c);
    const ecs = new ECSClient(c);
    const batch = new BatchClient(c);
    for (let i = 0; i < Math.max(1, scale); i++) {
      await lambda.send(new CreateFunctionCommand({ FunctionName: `wp1-good-${i}`, Runtime: 'python3.13', Role: roleArn, Handler: 'index.handler', Code: { ZipFile: EMPTY_ZIP }, Environment: { Variables: { LOG_LEVEL: 'info' } } }));
      await lambda.send(new CreateFunctionCommand({ FunctionName: `wp1-bad-${i}`, Runtime: 'nodejs16.x', Role: roleArn, Handler: 'index.handler', Code: { ZipFile: EMPTY_ZIP }, Environment: { Variables: { DB_PASSWORD: fakePassword() } } }));
      await ecr.send(new CreateRepositoryCommand({ repositoryName: `wp1-good-${i}`, imageScanningConfiguration: { scanOnPush: true }, imageTagMutability: 'IMMUTABLE' }));
      await ecr.send(new CreateRepositoryCommand({ repositoryName: `wp1-bad-${i}` }));
      await ecr.send(new SetRepositoryPolicyCommand({ repositoryName: `wp1-bad-${i}`, policyText: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'public-pull', Effect: 'Allow', Principal: '*', Action: 'ecr:BatchGetImage' }] }) }));
      await as.send(new CreateLaunchConfigurationCommand({ LaunchConfigurationName: `wp1-good-${i}`, ImageId: 'ami-12c6146b', InstanceType: 't3.micro', MetadataOptions: { HttpTokens: 'required' } }));
      await as.send(
        new CreateLaunchConfigurationCommand({
          LaunchConfigurationName: `wp1-bad-${i}`,
          ImageId: 'ami-12c6146b',
          InstanceType: 't3.micro',
          AssociatePublicIpAddress: true,
          UserData: Buffer.from(`#!/bin/bash\nexport DB_PASSWORD='${fakePassword()}'\n`).toString('base64'),
        }),
      );
      await ecs.send(new CreateClusterCommand({ clusterName: `wp1-${i}`, settings: [{ name: 'containerInsights', value: i % 2 ? 'disabled' : 'enabled' }] }));
      await ecs.send(new RegisterTaskDefinitionCommand({ family: `wp1-good-${i}`, networkMode: 'awsvpc', containerDefinitions: [{ name: 'app', image: 'nginx', memory: 128, readonlyRootFilesystem: true, user: '1000', logConfiguration: { logDriver: 'awslogs', options: { mode: 'non-blocking' } } }] }));
      await ecs.send(new RegisterTaskDefinitionCommand({ family: `wp1-bad-${i}`, networkMode: 'host', pidMode: 'host', containerDefinitions: [{ name: 'app', image: 'nginx', memory: 128, privileged: true, environment: [{ name: 'API_PASSWORD', value: fakePassword() }] }] }));
      await batch.send(new RegisterJobDefinitionCommand({ jobDefinitionName: `wp1-bad-${i}`, type: 'container', containerProperties: { image: 'busybox', vcpus: 1, memory: 128, environment: [{ name: 'DB_PASSWORD', value: fakePassword() }] } }));
    }
  }
}
