/**
 * Checking a registered account before scanning it: assume its role with the account's external id, read
 * the caller identity, then make one harmless read per service prowl scans, through the same read-only
 * client layer as a scan, and say which services could not be read and why.
 */
import { ClientPool } from '../aws/client.js';
import { toCallError } from '../aws/errors.js';
import type { ServiceName } from '../aws/services.js';
import type { ServiceContext } from './context.js';
import { assumeRoleProvider, ScanFailure } from './worker.js';

interface Probe {
  service: ServiceName;
  operation: string;
  run: (client: unknown) => Promise<unknown>;
}

// One cheap read per service; each module is loaded only when probed.
const PROBES: Probe[] = [
  { service: 'iam', operation: 'iam:GetAccountSummary', run: async (c) => (c as import('@aws-sdk/client-iam').IAMClient).send(new (await import('@aws-sdk/client-iam')).GetAccountSummaryCommand({})) },
  { service: 's3', operation: 's3:ListBuckets', run: async (c) => (c as import('@aws-sdk/client-s3').S3Client).send(new (await import('@aws-sdk/client-s3')).ListBucketsCommand({ MaxBuckets: 1 })) },
  { service: 'ec2', operation: 'ec2:DescribeSecurityGroups', run: async (c) => (c as import('@aws-sdk/client-ec2').EC2Client).send(new (await import('@aws-sdk/client-ec2')).DescribeSecurityGroupsCommand({ MaxResults: 5 })) },
  { service: 'cloudtrail', operation: 'cloudtrail:DescribeTrails', run: async (c) => (c as import('@aws-sdk/client-cloudtrail').CloudTrailClient).send(new (await import('@aws-sdk/client-cloudtrail')).DescribeTrailsCommand({})) },
  { service: 'kms', operation: 'kms:ListKeys', run: async (c) => (c as import('@aws-sdk/client-kms').KMSClient).send(new (await import('@aws-sdk/client-kms')).ListKeysCommand({ Limit: 1 })) },
  { service: 'rds', operation: 'rds:DescribeDBInstances', run: async (c) => (c as import('@aws-sdk/client-rds').RDSClient).send(new (await import('@aws-sdk/client-rds')).DescribeDBInstancesCommand({ MaxRecords: 20 })) },
  { service: 'lambda', operation: 'lambda:ListFunctions', run: async (c) => (c as import('@aws-sdk/client-lambda').LambdaClient).send(new (await import('@aws-sdk/client-lambda')).ListFunctionsCommand({ MaxItems: 1 })) },
  { service: 'config', operation: 'config:DescribeConfigurationRecorders', run: async (c) => (c as import('@aws-sdk/client-config-service').ConfigServiceClient).send(new (await import('@aws-sdk/client-config-service')).DescribeConfigurationRecordersCommand({})) },
  { service: 'logs', operation: 'logs:DescribeLogGroups', run: async (c) => (c as import('@aws-sdk/client-cloudwatch-logs').CloudWatchLogsClient).send(new (await import('@aws-sdk/client-cloudwatch-logs')).DescribeLogGroupsCommand({ limit: 1 })) },
  { service: 'securityhub', operation: 'securityhub:DescribeHub', run: async (c) => (c as import('@aws-sdk/client-securityhub').SecurityHubClient).send(new (await import('@aws-sdk/client-securityhub')).DescribeHubCommand({})) },
];

export interface ValidationReport {
  ok: boolean;
  assumed: boolean;
  identity?: string;
  account?: string;
  error?: string;
  /** Services prowl could read. */
  readable: string[];
  /** Services it could not read, with the call and the reason. */
  unreadable: Array<{ service: string; operation: string; reason: string }>;
  checkedAt: string;
}

export async function validateAccount(ctx: ServiceContext, roleArn: string, externalId: string): Promise<ValidationReport> {
  const checkedAt = new Date().toISOString();
  const credentials = assumeRoleProvider(ctx, roleArn, externalId, 'prowl-validate');
  let identity: { Arn?: string; Account?: string };
  try {
    await credentials();
    const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
    const sts = new STSClient({ region: process.env.AWS_REGION ?? 'us-east-1', credentials });
    identity = await sts.send(new GetCallerIdentityCommand({}));
    sts.destroy();
  } catch (e) {
    return { ok: false, assumed: false, error: e instanceof ScanFailure ? e.message : toCallError('sts:GetCallerIdentity', e).message, readable: [], unreadable: [], checkedAt };
  }
  const pool = new ClientPool({ credentials, maxAttempts: 2 });
  const readable: string[] = [];
  const unreadable: ValidationReport['unreadable'] = [];
  const region = process.env.AWS_REGION ?? 'us-east-1';
  try {
    await Promise.all(
      PROBES.map(async (p) => {
        try {
          await p.run(await pool.client(p.service, region));
          readable.push(p.service);
        } catch (e) {
          const err = toCallError(p.operation, e);
          // A service that is simply not enabled (Security Hub) is readable: the permission is there.
          if (err.kind === 'NotSubscribed' || err.kind === 'OptInRequired') readable.push(p.service);
          else unreadable.push({ service: p.service, operation: p.operation, reason: `${err.code}${err.kind === 'AccessDenied' ? ' (permission missing)' : ''}` });
        }
      }),
    );
  } finally {
    pool.destroy();
  }
  return { ok: unreadable.length === 0, assumed: true, identity: identity.Arn, account: identity.Account, readable: readable.sort(), unreadable: unreadable.sort((a, b) => a.service.localeCompare(b.service)), checkedAt };
}
