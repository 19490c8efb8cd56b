import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BackupClient, CreateBackupPlanCommand, CreateBackupVaultCommand, CreateReportPlanCommand, DescribeRegionSettingsCommand, GetBackupSelectionCommand,
  ListBackupPlansCommand, ListBackupSelectionsCommand, ListBackupVaultsCommand, ListRecoveryPointsByBackupVaultCommand,
} from '@aws-sdk/client-backup';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { plans, recoveryPoints, regionSettings, reportPlans, selections, vaults } from './collectors.js';

describe('backup collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('reads vaults with their keys, plans and report plans, per region', async () => {
    const b = new BackupClient(moto.config('us-east-1'));
    await b.send(new CreateBackupVaultCommand({ BackupVaultName: 'main', EncryptionKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/k1' }));
    await b.send(new CreateBackupPlanCommand({ BackupPlan: { BackupPlanName: 'daily', Rules: [{ RuleName: 'd', TargetBackupVaultName: 'main', ScheduleExpression: 'cron(0 5 * * ? *)' }] } }));
    await b.send(new CreateReportPlanCommand({ ReportPlanName: 'jobs', ReportDeliveryChannel: { S3BucketName: 'reports' }, ReportSetting: { ReportTemplate: 'BACKUP_JOB_REPORT' } }));
    const inv = await collectFromMoto(moto, [vaults, plans, reportPlans], ['us-east-1', 'eu-west-1']);
    expect(inv.get(vaults, 'us-east-1')).toMatchObject({ ok: true, data: [{ name: 'main', encryptionKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/k1', arn: 'arn:aws:backup:us-east-1:123456789012:backup-vault:main' }] });
    expect(inv.get(plans, 'us-east-1')).toMatchObject({ ok: true, data: [{ name: 'daily' }] });
    expect(inv.get(reportPlans, 'us-east-1')).toMatchObject({ ok: true, data: [{ name: 'jobs', template: 'BACKUP_JOB_REPORT' }] });
    expect(inv.get(vaults, 'eu-west-1')).toEqual({ ok: true, data: [] });
    expect(inv.get(plans, 'eu-west-1')).toEqual({ ok: true, data: [] });
  });
});

describe('backup selections, recovery points and region settings (aws-sdk-client-mock: moto lacks ListBackupSelections, GetBackupSelection, ListRecoveryPointsByBackupVault and DescribeRegionSettings)', () => {
  const nowhere = { endpoint: 'http://127.0.0.1:9' } as Moto;
  const denial = () => Object.assign(new Error('denied'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } });

  it('reads every selection of every plan (paginated), keeps a denied selection as unread, normalises tag keys', async () => {
    const mock = mockClient(BackupClient);
    try {
      mock.on(ListBackupPlansCommand).resolves({ BackupPlansList: [{ BackupPlanId: 'p1', BackupPlanName: 'daily' }, { BackupPlanId: 'p2', BackupPlanName: 'weekly' }] });
      mock.on(ListBackupSelectionsCommand, { BackupPlanId: 'p1' }).resolvesOnce({ BackupSelectionsList: [{ SelectionId: 's1', SelectionName: 'tables' }], NextToken: 't' })
        .resolvesOnce({ BackupSelectionsList: [{ SelectionId: 's2', SelectionName: 'tagged' }] });
      mock.on(ListBackupSelectionsCommand, { BackupPlanId: 'p2' }).resolves({ BackupSelectionsList: [{ SelectionId: 's3', SelectionName: 'secret' }] });
      mock.on(GetBackupSelectionCommand, { BackupPlanId: 'p1', SelectionId: 's1' }).resolves({
        BackupSelection: { SelectionName: 'tables', IamRoleArn: 'r', Resources: ['arn:aws:dynamodb:*:*:table/*'], NotResources: ['arn:aws:dynamodb:*:*:table/tmp-*'] },
      });
      mock.on(GetBackupSelectionCommand, { BackupPlanId: 'p1', SelectionId: 's2' }).resolves({
        BackupSelection: {
          SelectionName: 'tagged', IamRoleArn: 'r',
          ListOfTags: [{ ConditionType: 'STRINGEQUALS', ConditionKey: 'backup', ConditionValue: 'yes' }],
          Conditions: { StringNotEquals: [{ ConditionKey: 'aws:ResourceTag/stage', ConditionValue: 'test' }], StringLike: [{ ConditionKey: 'aws:ResourceTag/owner', ConditionValue: 'team-*' }] },
        },
      });
      mock.on(GetBackupSelectionCommand, { BackupPlanId: 'p2', SelectionId: 's3' }).rejects(denial());
      const inv = await collectFromMoto(nowhere, [selections]);
      const r = inv.get(selections);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.data.selections).toEqual([
        { id: 's1', name: 'tables', planId: 'p1', planName: 'daily', resources: ['arn:aws:dynamodb:*:*:table/*'], notResources: ['arn:aws:dynamodb:*:*:table/tmp-*'], listOfTags: [], conditions: { stringEquals: [], stringNotEquals: [], stringLike: [], stringNotLike: [] } },
        { id: 's2', name: 'tagged', planId: 'p1', planName: 'daily', resources: [], notResources: [], listOfTags: [{ key: 'backup', value: 'yes' }], conditions: { stringEquals: [], stringNotEquals: [{ key: 'stage', value: 'test' }], stringLike: [{ key: 'owner', value: 'team-*' }], stringNotLike: [] } },
      ]);
      expect(r.data.unread).toMatchObject([{ planName: 'weekly', selectionName: 'secret', error: { kind: 'AccessDenied', operation: 'backup:GetBackupSelection' } }]);
    } finally {
      mock.restore();
    }
  });

  it('a denied plan listing fails the selections fact with that call', async () => {
    const mock = mockClient(BackupClient);
    try {
      mock.on(ListBackupPlansCommand).rejects(denial());
      const inv = await collectFromMoto(nowhere, [selections]);
      expect(inv.get(selections)).toMatchObject({ ok: false, error: { operation: 'backup:ListBackupPlans' } });
    } finally {
      mock.restore();
    }
  });

  it('reads recovery points per vault with per-vault errors, and the opt-in settings', async () => {
    const mock = mockClient(BackupClient);
    try {
      mock.on(ListBackupVaultsCommand).resolves({ BackupVaultList: [{ BackupVaultName: 'main', BackupVaultArn: 'arn:v:main' }, { BackupVaultName: 'locked', BackupVaultArn: 'arn:v:locked' }] });
      mock.on(ListRecoveryPointsByBackupVaultCommand, { BackupVaultName: 'main' }).resolves({
        RecoveryPoints: [
          { RecoveryPointArn: 'arn:aws:backup:us-east-1:123456789012:recovery-point:rp1', ResourceArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/t', IsEncrypted: true, EncryptionKeyArn: 'arn:k', Status: 'COMPLETED' },
          { RecoveryPointArn: 'arn:aws:ec2:us-east-1::snapshot/snap-1', ResourceType: 'EBS', IsEncrypted: false },
        ],
      });
      mock.on(ListRecoveryPointsByBackupVaultCommand, { BackupVaultName: 'locked' }).rejects(denial());
      mock.on(DescribeRegionSettingsCommand).resolves({ ResourceTypeOptInPreference: { DynamoDB: true, Aurora: false } });
      const inv = await collectFromMoto(nowhere, [recoveryPoints, regionSettings]);
      const rp = inv.get(recoveryPoints);
      expect(rp.ok && rp.data['arn:v:main']).toMatchObject({ ok: true, data: [{ id: 'rp1', encrypted: true, encryptionKeyArn: 'arn:k' }, { id: 'snapshot/snap-1', encrypted: false, resourceType: 'EBS' }] });
      expect(rp.ok && rp.data['arn:v:locked']).toMatchObject({ ok: false, error: { operation: 'backup:ListRecoveryPointsByBackupVault' } });
      expect(inv.get(regionSettings)).toEqual({ ok: true, data: { DynamoDB: true, Aurora: false } });
    } finally {
      mock.restore();
    }
  });
});
