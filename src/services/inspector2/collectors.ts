/**
 * Inspector (v2) collectors. Per region: this account's Inspector status and the status of each scan
 * type (BatchGetAccountStatus), and, where Inspector is enabled, whether it holds active findings
 * (ListFindings filtered on findingStatus ACTIVE, first page only).
 */
import { defineFact } from '../../core/fact.js';
import type { Result } from '../../core/types.js';

export interface InspectorStatus {
  /** ENABLING, ENABLED, DISABLING, DISABLED, SUSPENDING or SUSPENDED. */
  status: string;
  /** Per scan type (ec2, ecr, lambda, lambdaCode): the same states. */
  scans: Record<'ec2' | 'ecr' | 'lambda' | 'lambdaCode', string>;
}

/** Inspector reports a per-account failure in the answer, not as an error: turn it into one. */
const failure = (code: string | undefined, message: string | undefined) =>
  Object.assign(new Error(message ?? code ?? 'failed'), { name: code === 'ACCESS_DENIED' ? 'AccessDeniedException' : (code ?? 'InternalServerException') });

export const accountStatus = defineFact<InspectorStatus>({
  id: 'inspector2.accountStatus',
  service: 'inspector2',
  scope: 'regional',
  operation: 'inspector2:BatchGetAccountStatus',
  async collect(ctx) {
    const { BatchGetAccountStatusCommand } = await import('@aws-sdk/client-inspector2');
    const client = await ctx.client('inspector2');
    const res = await client.send(new BatchGetAccountStatusCommand({ accountIds: [ctx.account.accountId] }));
    const failed = res.failedAccounts?.find((f) => f.accountId === ctx.account.accountId);
    const account = res.accounts?.find((a) => a.accountId === ctx.account.accountId) ?? res.accounts?.[0];
    if (!account && failed) throw failure(failed.errorCode, failed.errorMessage);
    const rs = account?.resourceState;
    return {
      status: account?.state?.status ?? 'DISABLED',
      scans: {
        ec2: rs?.ec2?.status ?? 'DISABLED',
        ecr: rs?.ecr?.status ?? 'DISABLED',
        lambda: rs?.lambda?.status ?? 'DISABLED',
        lambdaCode: rs?.lambdaCode?.status ?? 'DISABLED',
      },
    };
  },
});

export interface ActiveFindings {
  /** Active findings on the first page (up to 100). */
  count: number;
  /** More pages exist. */
  more: boolean;
}

/** Active findings where Inspector is enabled; null where it is not (nothing to ask). */
export const activeFindings = defineFact<ActiveFindings | null>({
  id: 'inspector2.activeFindings',
  service: 'inspector2',
  scope: 'regional',
  operation: 'inspector2:ListFindings',
  async collect(ctx) {
    const status: Result<InspectorStatus> = await ctx.dep(accountStatus);
    if (!status.ok || status.data.status !== 'ENABLED') return null;
    const { ListFindingsCommand } = await import('@aws-sdk/client-inspector2');
    const client = await ctx.client('inspector2');
    const res = await client.send(new ListFindingsCommand({ maxResults: 100, filterCriteria: { findingStatus: [{ comparison: 'EQUALS', value: 'ACTIVE' }] } }));
    return { count: (res.findings ?? []).length, more: Boolean(res.nextToken) };
  },
});
