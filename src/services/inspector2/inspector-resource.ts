/** The per-region Inspector "resource" findings are reported on: this account's Inspector in the region. */
import type { EvalContext } from '../../core/check.js';
import type { ResourceRef } from '../../core/types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const inspectorResource = (ctx: EvalContext<any>, region: string): ResourceRef => ({
  arn: `arn:${ctx.account.partition}:inspector2:${region}:${ctx.account.accountId}:inspector2`,
  id: `inspector2-${region}`,
  name: 'Amazon Inspector',
  region,
});
