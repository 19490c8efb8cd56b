/**
 * AWS Backup collectors. Vaults, plans and report plans are one paginated listing each. Resource
 * assignments (backup selections) are read per plan (ListBackupSelections) and per selection
 * (GetBackupSelection), fanned out, with each failed read kept as data: the coverage judgement in
 * protection.ts needs to know that a selection exists even when its body could not be read. Recovery
 * points are listed per vault, only when a selected check needs them. Region settings (service opt-in)
 * decide whether a selection by tag or by "*" reaches a resource type.
 */
import { defineFact } from '../../core/fact.js';
import type { CallError, Result } from '../../core/types.js';

export interface BackupVault {
  id: string;
  arn: string;
  name: string;
  /** The KMS key that encrypts the vault's backups; absent when AWS does not report one (an AWS owned key). */
  encryptionKeyArn?: string;
  /** AWS_OWNED_KMS_KEY or CUSTOMER_MANAGED_KMS_KEY, when reported. */
  encryptionKeyType?: string;
  /** BACKUP_VAULT, LOGICALLY_AIR_GAPPED_BACKUP_VAULT, RESTORE_ACCESS_BACKUP_VAULT. */
  vaultType?: string;
  recoveryPoints: number;
}

export const vaults = defineFact<BackupVault[]>({
  id: 'backup.vaults',
  service: 'backup',
  scope: 'regional',
  operation: 'backup:ListBackupVaults',
  async collect(ctx) {
    const { paginateListBackupVaults } = await import('@aws-sdk/client-backup');
    const client = await ctx.client('backup');
    const out: BackupVault[] = [];
    for await (const page of paginateListBackupVaults({ client, pageSize: 100 }, {})) {
      for (const v of page.BackupVaultList ?? []) {
        if (!v.BackupVaultName) continue;
        out.push({
          id: v.BackupVaultName,
          name: v.BackupVaultName,
          arn: v.BackupVaultArn ?? `arn:${ctx.account.partition}:backup:${ctx.region}:${ctx.account.accountId}:backup-vault:${v.BackupVaultName}`,
          ...(v.EncryptionKeyArn ? { encryptionKeyArn: v.EncryptionKeyArn } : {}),
          ...(v.EncryptionKeyType ? { encryptionKeyType: v.EncryptionKeyType } : {}),
          ...(v.VaultType ? { vaultType: v.VaultType } : {}),
          recoveryPoints: v.NumberOfRecoveryPoints ?? 0,
        });
      }
    }
    return out;
  },
});

export interface BackupPlan {
  id: string;
  arn: string;
  name: string;
  versionId?: string;
  lastExecution?: string;
}

export const plans = defineFact<BackupPlan[]>({
  id: 'backup.plans',
  service: 'backup',
  scope: 'regional',
  operation: 'backup:ListBackupPlans',
  async collect(ctx) {
    const { paginateListBackupPlans } = await import('@aws-sdk/client-backup');
    const client = await ctx.client('backup');
    const out: BackupPlan[] = [];
    for await (const page of paginateListBackupPlans({ client, pageSize: 100 }, {})) {
      for (const p of page.BackupPlansList ?? []) {
        if (!p.BackupPlanId) continue;
        out.push({
          id: p.BackupPlanId,
          name: p.BackupPlanName ?? p.BackupPlanId,
          arn: p.BackupPlanArn ?? `arn:${ctx.account.partition}:backup:${ctx.region}:${ctx.account.accountId}:backup-plan:${p.BackupPlanId}`,
          ...(p.VersionId ? { versionId: p.VersionId } : {}),
          ...(p.LastExecutionDate ? { lastExecution: p.LastExecutionDate.toISOString() } : {}),
        });
      }
    }
    return out;
  },
});

export interface ReportPlan {
  id: string;
  arn: string;
  name: string;
  /** e.g. BACKUP_JOB_REPORT, RESOURCE_COMPLIANCE_REPORT. */
  template?: string;
}

export const reportPlans = defineFact<ReportPlan[]>({
  id: 'backup.reportPlans',
  service: 'backup',
  scope: 'regional',
  operation: 'backup:ListReportPlans',
  async collect(ctx) {
    const { paginateListReportPlans } = await import('@aws-sdk/client-backup');
    const client = await ctx.client('backup');
    const out: ReportPlan[] = [];
    for await (const page of paginateListReportPlans({ client, pageSize: 100 }, {})) {
      for (const r of page.ReportPlans ?? []) {
        if (!r.ReportPlanName) continue;
        out.push({
          id: r.ReportPlanName,
          name: r.ReportPlanName,
          arn: r.ReportPlanArn ?? `arn:${ctx.account.partition}:backup:${ctx.region}:${ctx.account.accountId}:report-plan:${r.ReportPlanName}`,
          ...(r.ReportSetting?.ReportTemplate ? { template: r.ReportSetting.ReportTemplate } : {}),
        });
      }
    }
    return out;
  },
});

/** One tag test of a selection: the tag key (without the aws:ResourceTag/ prefix) and the value or pattern. */
export interface TagTest {
  key: string;
  value: string;
}

export interface SelectionConditions {
  stringEquals: TagTest[];
  stringNotEquals: TagTest[];
  stringLike: TagTest[];
  stringNotLike: TagTest[];
}

/** One resource assignment of a plan, as GetBackupSelection returns it. */
export interface BackupSelection {
  id: string;
  name: string;
  planId: string;
  planName: string;
  /** ARNs or ARN patterns ("*" = any); empty when the assignment names none. */
  resources: string[];
  notResources: string[];
  /** The older tag assignment: a resource matching ANY of these (StringEquals only) is selected. */
  listOfTags: TagTest[];
  /** Tag conditions a resource must ALL satisfy. */
  conditions: SelectionConditions;
}

/** Every resource assignment of the region's plans, and the reads that failed (a plan or a selection). */
export interface Selections {
  selections: BackupSelection[];
  /** A plan whose selections could not be listed, or a selection whose body could not be read. */
  unread: Array<{ planName: string; selectionName?: string; error: CallError }>;
}

const PREFIX = 'aws:ResourceTag/';
/** Tag keys come either bare ("backup", the console's older tag assignment) or as aws:ResourceTag/backup. */
export const tagKeyOf = (conditionKey: string): string => (conditionKey.startsWith(PREFIX) ? conditionKey.slice(PREFIX.length) : conditionKey);

const tests = (list: Array<{ ConditionKey?: string; ConditionValue?: string }> | undefined): TagTest[] =>
  (list ?? []).flatMap((c) => (c.ConditionKey ? [{ key: tagKeyOf(c.ConditionKey), value: c.ConditionValue ?? '' }] : []));

export const selections = defineFact<Selections>({
  id: 'backup.selections',
  service: 'backup',
  scope: 'regional',
  operation: 'backup:ListBackupSelections',
  async collect(ctx) {
    const { paginateListBackupSelections, GetBackupSelectionCommand } = await import('@aws-sdk/client-backup');
    const client = await ctx.client('backup');
    const planList = await ctx.need(plans);
    const out: Selections = { selections: [], unread: [] };
    await Promise.all(
      planList.map(async (plan) => {
        const listed = await ctx.attempt('backup:ListBackupSelections', async () => {
          const found: Array<{ id: string; name: string }> = [];
          for await (const page of paginateListBackupSelections({ client, pageSize: 100 }, { BackupPlanId: plan.id })) {
            for (const s of page.BackupSelectionsList ?? []) if (s.SelectionId) found.push({ id: s.SelectionId, name: s.SelectionName ?? s.SelectionId });
          }
          return found;
        });
        if (!listed.ok) {
          out.unread.push({ planName: plan.name, error: listed.error });
          return;
        }
        await Promise.all(
          listed.data.map(async (s) => {
            const got = await ctx.attempt('backup:GetBackupSelection', async () =>
              (await client.send(new GetBackupSelectionCommand({ BackupPlanId: plan.id, SelectionId: s.id }))).BackupSelection,
            );
            if (!got.ok) {
              out.unread.push({ planName: plan.name, selectionName: s.name, error: got.error });
              return;
            }
            const b = got.data ?? { SelectionName: s.name, IamRoleArn: '' };
            out.selections.push({
              id: s.id,
              name: b.SelectionName ?? s.name,
              planId: plan.id,
              planName: plan.name,
              resources: b.Resources ?? [],
              notResources: b.NotResources ?? [],
              listOfTags: tests((b.ListOfTags ?? []).filter((t) => (t.ConditionType ?? 'STRINGEQUALS') === 'STRINGEQUALS')),
              conditions: {
                stringEquals: tests(b.Conditions?.StringEquals),
                stringNotEquals: tests(b.Conditions?.StringNotEquals),
                stringLike: tests(b.Conditions?.StringLike),
                stringNotLike: tests(b.Conditions?.StringNotLike),
              },
            });
          }),
        );
      }),
    );
    out.selections.sort((a, b) => a.planName.localeCompare(b.planName) || a.name.localeCompare(b.name));
    return out;
  },
});

/** Service opt-in per AWS Backup resource type name ("DynamoDB", "RDS", "Aurora", "EBS", "EC2", ...). */
export type OptIn = Record<string, boolean>;

export const regionSettings = defineFact<OptIn>({
  id: 'backup.regionSettings',
  service: 'backup',
  scope: 'regional',
  operation: 'backup:DescribeRegionSettings',
  async collect(ctx) {
    const { DescribeRegionSettingsCommand } = await import('@aws-sdk/client-backup');
    const client = await ctx.client('backup');
    return (await client.send(new DescribeRegionSettingsCommand({}))).ResourceTypeOptInPreference ?? {};
  },
});

export interface RecoveryPoint {
  id: string;
  arn: string;
  vaultName: string;
  resourceArn?: string;
  resourceType?: string;
  encrypted: boolean;
  encryptionKeyArn?: string;
  /** COMPLETED, PARTIAL, DELETING, EXPIRED, ... */
  status?: string;
  created?: string;
}

/** Vault ARN -> its recovery points. */
export const recoveryPoints = defineFact<Record<string, Result<RecoveryPoint[]>>>({
  id: 'backup.recoveryPoints',
  service: 'backup',
  scope: 'regional',
  operation: 'backup:ListRecoveryPointsByBackupVault',
  async collect(ctx) {
    const { paginateListRecoveryPointsByBackupVault } = await import('@aws-sdk/client-backup');
    const client = await ctx.client('backup');
    const list = await ctx.need(vaults);
    const entries = await Promise.all(
      list.map(async (v) => {
        const r = await ctx.attempt('backup:ListRecoveryPointsByBackupVault', async () => {
          const out: RecoveryPoint[] = [];
          for await (const page of paginateListRecoveryPointsByBackupVault({ client, pageSize: 100 }, { BackupVaultName: v.name })) {
            for (const p of page.RecoveryPoints ?? []) {
              if (!p.RecoveryPointArn) continue;
              out.push({
                id: p.RecoveryPointArn.split(':').pop() || p.RecoveryPointArn,
                arn: p.RecoveryPointArn,
                vaultName: v.name,
                ...(p.ResourceArn ? { resourceArn: p.ResourceArn } : {}),
                ...(p.ResourceType ? { resourceType: p.ResourceType } : {}),
                encrypted: Boolean(p.IsEncrypted),
                ...(p.EncryptionKeyArn ? { encryptionKeyArn: p.EncryptionKeyArn } : {}),
                ...(p.Status ? { status: p.Status } : {}),
                ...(p.CreationDate ? { created: p.CreationDate.toISOString() } : {}),
              });
            }
          }
          return out;
        });
        return [v.arn, r] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});
