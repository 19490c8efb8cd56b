/**
 * The multi-account benchmark's Organization: member accounts created in moto through the Organizations API,
 * each seeded through its own assumed-role credentials (moto's AssumeRole answers with the target account's
 * credentials) with a mid-sized account: IAM users, roles and policies, security groups in every region,
 * buckets, KMS keys and log groups. Names carry the account id (S3 bucket names are global in moto too).
 */
import { CreateAccountCommand, CreateOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { CreateAccessKeyCommand, CreatePolicyCommand, CreateRoleCommand, CreateUserCommand, IAMClient } from '@aws-sdk/client-iam';
import { AuthorizeSecurityGroupIngressCommand, CreateSecurityGroupCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { CloudWatchLogsClient, CreateLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs';
import PQueue from 'p-queue';

export const BENCH_ROLE = 'ProwlBenchAudit';
/** The regions every benchmark seeds and scans. */
export const BENCH_REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];

const base = (endpoint: string, region = 'us-east-1') => ({ region, endpoint, forcePathStyle: true, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });

/** Create `count` member accounts (and the Organization, when there is none yet). */
export async function createMemberAccounts(endpoint: string, count: number): Promise<string[]> {
  const org = new OrganizationsClient(base(endpoint));
  await org.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' })).catch(() => undefined);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = await org.send(new CreateAccountCommand({ AccountName: `bench-${i}`, Email: `bench-${i}@example.com` }));
    ids.push(r.CreateAccountStatus!.AccountId!);
  }
  return ids;
}

/** Seed one member account through its assumed-role credentials; `scale` multiplies the resource counts. */
export async function seedMemberAccount(endpoint: string, accountId: string, regions: string[], scale: number): Promise<void> {
  const sts = new STSClient(base(endpoint));
  const { Credentials: c } = await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${accountId}:role/${BENCH_ROLE}`, RoleSessionName: 'seed' }));
  const credentials = { accessKeyId: c!.AccessKeyId!, secretAccessKey: c!.SecretAccessKey!, sessionToken: c!.SessionToken };
  const cfg = (region = regions[0]) => ({ ...base(endpoint, region), credentials });
  const q = new PQueue({ concurrency: 4 });
  const iam = new IAMClient(cfg());
  const tasks: Array<() => Promise<unknown>> = [];
  for (let i = 0; i < 10 * scale; i++) {
    tasks.push(async () => {
      await iam.send(new CreateUserCommand({ UserName: `user-${i}` }));
      if (i % 2 === 0) await iam.send(new CreateAccessKeyCommand({ UserName: `user-${i}` }));
    });
  }
  for (let i = 0; i < 4 * scale; i++) {
    tasks.push(() => iam.send(new CreateRoleCommand({
      RoleName: `role-${i}`,
      AssumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),
    })));
    tasks.push(() => iam.send(new CreatePolicyCommand({
      PolicyName: `policy-${i}`,
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: i % 3 === 0 ? '*' : 's3:GetObject', Resource: '*' }] }),
    })));
  }
  const s3 = new S3Client(cfg());
  for (let i = 0; i < 3 * scale; i++) tasks.push(() => s3.send(new CreateBucketCommand({ Bucket: `data-${accountId}-${i}` })));
  for (const region of regions) {
    const ec2 = new EC2Client(cfg(region));
    for (let i = 0; i < 10 * scale; i++) {
      tasks.push(async () => {
        const sg = await ec2.send(new CreateSecurityGroupCommand({ GroupName: `app-${i}`, Description: 'bench' }));
        if (i % 4 === 0) {
          await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: sg.GroupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }));
        }
      });
    }
    const kms = new KMSClient(cfg(region));
    for (let i = 0; i < scale; i++) tasks.push(() => kms.send(new CreateKeyCommand({ Description: `key-${i}` })));
    const logs = new CloudWatchLogsClient(cfg(region));
    for (let i = 0; i < 2 * scale; i++) tasks.push(() => logs.send(new CreateLogGroupCommand({ logGroupName: `/app/${i}` })));
  }
  await q.addAll(tasks);
}
