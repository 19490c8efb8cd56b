/**
 * GuardDuty collectors. Per region: the detectors (ListDetectors) with, per detector, its status and
 * protection plans (GetDetector), its administrator account (GetAdministratorAccount), its member
 * accounts (ListMembers), its count of active high-severity findings (ListFindings) and the
 * organization auto-enable setting (DescribeOrganizationConfiguration). The delegated administrator
 * list (ListOrganizationAdminAccounts) is a separate fact: only the management account may read it.
 */
import { defineFact } from '../../core/fact.js';
import type { Result } from '../../core/types.js';
import { awsErrorCode } from '../../aws/errors.js';

export interface DetectorDetail {
  /** ENABLED or DISABLED. */
  status: string;
  /** Protection plans by feature name (S3_DATA_EVENTS, EKS_AUDIT_LOGS, EBS_MALWARE_PROTECTION, RDS_LOGIN_EVENTS,
   * EKS_RUNTIME_MONITORING, RUNTIME_MONITORING, LAMBDA_NETWORK_LOGS): ENABLED or DISABLED. */
  features: Record<string, string>;
}

export interface Detector {
  id: string;
  arn: string;
  detail: Result<DetectorDetail>;
  /** The administrator account managing this detector, or null when none. */
  administrator: Result<{ accountId: string; status?: string } | null>;
  /** Member account ids this detector administers. */
  members: Result<string[]>;
  /** Number of active findings with severity 7 or more (high and critical), up to one page. */
  highSeverityFindings: Result<number>;
  /** Organization auto-enable for new members (NEW, ALL or NONE), when this is the delegated admin. */
  organizationAutoEnable: Result<string | null>;
}

const NOT_ADMIN = new Set(['BadRequestException']);

/** Map the legacy DataSources block onto feature names, for endpoints that do not return Features. */
function legacyFeatures(ds: any): Record<string, string> {
  const out: Record<string, string> = {};
  if (ds?.S3Logs?.Status) out.S3_DATA_EVENTS = ds.S3Logs.Status;
  if (ds?.Kubernetes?.AuditLogs?.Status) out.EKS_AUDIT_LOGS = ds.Kubernetes.AuditLogs.Status;
  const ebs = ds?.MalwareProtection?.ScanEc2InstanceWithFindings?.EbsVolumes?.Status;
  if (ebs) out.EBS_MALWARE_PROTECTION = ebs;
  return out;
}

export const detectors = defineFact<Detector[]>({
  id: 'guardduty.detectors',
  service: 'guardduty',
  scope: 'regional',
  operation: 'guardduty:ListDetectors',
  async collect(ctx) {
    const { paginateListDetectors, GetDetectorCommand, GetAdministratorAccountCommand, ListMembersCommand, ListFindingsCommand, DescribeOrganizationConfigurationCommand } =
      await import('@aws-sdk/client-guardduty');
    const gd = await ctx.client('guardduty');
    const ids: string[] = [];
    for await (const page of paginateListDetectors({ client: gd, pageSize: 50 }, {})) ids.push(...(page.DetectorIds ?? []));
    return Promise.all(
      ids.map(async (id): Promise<Detector> => {
        const [detail, administrator, members, highSeverityFindings, organizationAutoEnable] = await Promise.all([
          ctx.attempt('guardduty:GetDetector', async () => {
            const d = await gd.send(new GetDetectorCommand({ DetectorId: id }));
            const features: Record<string, string> = { ...legacyFeatures(d.DataSources) };
            for (const f of d.Features ?? []) if (f.Name && f.Status) features[f.Name] = f.Status;
            return { status: d.Status ?? 'DISABLED', features };
          }),
          ctx.attempt('guardduty:GetAdministratorAccount', async () => {
            const a = (await gd.send(new GetAdministratorAccountCommand({ DetectorId: id }))).Administrator;
            return a?.AccountId ? { accountId: a.AccountId, ...(a.RelationshipStatus ? { status: a.RelationshipStatus } : {}) } : null;
          }),
          ctx.attempt('guardduty:ListMembers', async () => {
            const out: string[] = [];
            let NextToken: string | undefined;
            do {
              const page = await gd.send(new ListMembersCommand({ DetectorId: id, OnlyAssociated: 'true', NextToken }));
              out.push(...(page.Members ?? []).map((m) => m.AccountId ?? '').filter(Boolean));
              NextToken = page.NextToken;
            } while (NextToken);
            return out;
          }),
          ctx.attempt('guardduty:ListFindings', async () => {
            const r = await gd.send(
              new ListFindingsCommand({
                DetectorId: id,
                MaxResults: 50,
                FindingCriteria: { Criterion: { severity: { GreaterThanOrEqual: 7 }, 'service.archived': { Equals: ['false'] } } },
              }),
            );
            return (r.FindingIds ?? []).length;
          }),
          ctx.attempt('guardduty:DescribeOrganizationConfiguration', async () => {
            try {
              const o = await gd.send(new DescribeOrganizationConfigurationCommand({ DetectorId: id }));
              return o.AutoEnableOrganizationMembers ?? (o.AutoEnable ? 'NEW' : 'NONE');
            } catch (err) {
              // Not the delegated administrator: there is no organization configuration to read here.
              if (NOT_ADMIN.has(awsErrorCode(err))) return null;
              throw err;
            }
          }),
        ]);
        return {
          id,
          arn: `arn:${ctx.account.partition}:guardduty:${ctx.region}:${ctx.account.accountId}:detector/${id}`,
          detail,
          administrator,
          members,
          highSeverityFindings,
          organizationAutoEnable,
        };
      }),
    );
  },
});

/** Delegated GuardDuty administrators of the Organization (management account only). */
export const organizationAdmins = defineFact<Array<{ accountId: string; status?: string }>>({
  id: 'guardduty.organizationAdmins',
  service: 'guardduty',
  scope: 'regional',
  operation: 'guardduty:ListOrganizationAdminAccounts',
  async collect(ctx) {
    const { paginateListOrganizationAdminAccounts } = await import('@aws-sdk/client-guardduty');
    const gd = await ctx.client('guardduty');
    const out: Array<{ accountId: string; status?: string }> = [];
    for await (const page of paginateListOrganizationAdminAccounts({ client: gd, pageSize: 50 }, {})) {
      for (const a of page.AdminAccounts ?? []) if (a.AdminAccountId) out.push({ accountId: a.AdminAccountId, ...(a.AdminStatus ? { status: a.AdminStatus } : {}) });
    }
    return out;
  },
});
