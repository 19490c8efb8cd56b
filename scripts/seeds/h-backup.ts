/**
 * Seeds moto with compliant and non-compliant AWS Backup and DynamoDB capacity resources for demos and the
 * benchmark: encrypted and unencrypted vaults, plans with and without report plans, and DynamoDB tables that
 * are on-demand, auto scaled, or fixed at provisioned capacity. (Backup selections, recovery points, DLM and
 * DRS are not emulated by moto, so their checks are exercised with mocked clients in their tests.)
 */
import { BackupClient, CreateBackupPlanCommand, CreateBackupVaultCommand, CreateReportPlanCommand } from '@aws-sdk/client-backup';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ApplicationAutoScalingClient, PutScalingPolicyCommand, RegisterScalableTargetCommand } from '@aws-sdk/client-application-auto-scaling';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Cfg = any;

const ACCOUNT = '123456789012';

export async function seedHBackup(cfg: (region: string) => object, regions: string[], scale: number): Promise<void> {
  const n = Math.max(1, scale);
  for (const [index, region] of regions.slice(0, 2).entries()) {
    const backup = new BackupClient(cfg(region) as Cfg);
    // A vault with a KMS key of the account, and (home region only) one that reports none.
    await backup.send(new CreateBackupVaultCommand({ BackupVaultName: 'hb-main', EncryptionKeyArn: `arn:aws:kms:${region}:${ACCOUNT}:key/hb-backup-key` }));
    if (index === 0) await backup.send(new CreateBackupVaultCommand({ BackupVaultName: 'hb-unkeyed' }));
    await backup.send(new CreateBackupPlanCommand({
      BackupPlan: { BackupPlanName: 'hb-daily', Rules: [{ RuleName: 'daily', TargetBackupVaultName: 'hb-main', ScheduleExpression: 'cron(0 5 * * ? *)', Lifecycle: { DeleteAfterDays: 35 } }] },
    }));
    // Reports only in the home region: the second region runs a plan nobody reports on.
    if (index === 0) {
      await backup.send(new CreateReportPlanCommand({ ReportPlanName: 'hb_jobs', ReportDeliveryChannel: { S3BucketName: 'hb-backup-reports' }, ReportSetting: { ReportTemplate: 'BACKUP_JOB_REPORT' } }));
    }
  }

  const home = regions[0];
  const db = new DynamoDBClient(cfg(home) as Cfg);
  const aas = new ApplicationAutoScalingClient(cfg(home) as Cfg);
  const keys = { AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' as const }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' as const }] };
  const provisioned = { BillingMode: 'PROVISIONED' as const, ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } };
  for (let i = 0; i < n; i++) {
    await db.send(new CreateTableCommand({ TableName: `hb-ondemand-${i}`, BillingMode: 'PAY_PER_REQUEST', ...keys }));
    await db.send(new CreateTableCommand({ TableName: `hb-fixed-${i}`, ...provisioned, ...keys }));
    await db.send(new CreateTableCommand({ TableName: `hb-scaled-${i}`, ...provisioned, ...keys }));
    for (const [dim, metric] of [['ReadCapacityUnits', 'DynamoDBReadCapacityUtilization'], ['WriteCapacityUnits', 'DynamoDBWriteCapacityUtilization']] as const) {
      const target = { ServiceNamespace: 'dynamodb' as const, ResourceId: `table/hb-scaled-${i}`, ScalableDimension: `dynamodb:table:${dim}` as const };
      await aas.send(new RegisterScalableTargetCommand({ ...target, MinCapacity: 5, MaxCapacity: 100 }));
      await aas.send(new PutScalingPolicyCommand({
        ...target, PolicyName: `hb-${dim}`, PolicyType: 'TargetTrackingScaling',
        TargetTrackingScalingPolicyConfiguration: { TargetValue: 70, PredefinedMetricSpecification: { PredefinedMetricType: metric } },
      }));
    }
  }
}
