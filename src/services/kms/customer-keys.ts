/** Customer managed keys of every scanned region, for the checks that judge key metadata alone. */
import type { EvalContext } from '../../core/check.js';
import type { ResourceRef } from '../../core/types.js';
import { describeCallError } from '../../aws/errors.js';
import { listed } from '../../lib/resource-policy.js';
import { keys, type KeyMetadata } from './collectors.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function runCustomerKeyCheck(ctx: EvalContext<any>, judge: (m: KeyMetadata, id: string) => [boolean, string] | null): void {
  for (const { region, result } of ctx.regional(keys)) {
    for (const key of listed(ctx, region, result, 'KMS keys')) {
      const resource: ResourceRef = { arn: key.arn, id: key.id, region };
      if (!key.metadata.ok) {
        ctx.error(resource, key.metadata.error, `Could not describe KMS key ${key.id}: ${describeCallError(key.metadata.error)}.`);
        continue;
      }
      if (key.metadata.data.manager !== 'CUSTOMER') continue;
      const v = judge(key.metadata.data, key.id);
      if (!v) continue;
      if (v[0]) ctx.pass(resource, v[1]);
      else ctx.fail(resource, v[1]);
    }
  }
}
