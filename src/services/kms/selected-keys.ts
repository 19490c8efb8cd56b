/**
 * The keys a KMS check applies to, with their per-key entry of another fact. A key prowl could not
 * describe gets an ERROR (without DescribeKey a customer-managed key cannot be told from an AWS-managed
 * one), never a silent skip or a verdict.
 */
import type { EvalContext } from '../../core/check.js';
import type { Fact } from '../../core/fact.js';
import type { ResourceRef, Result } from '../../core/types.js';
import { describeCallError } from '../../aws/errors.js';
import { listedWith } from '../../lib/resource-policy.js';
import { keys, type KeyMetadata } from './collectors.js';

export function* selectedKeys<U>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ctx: EvalContext<any>,
  perKey: Fact<Record<string, Result<U>>>,
  applies: (m: KeyMetadata) => boolean,
): Generator<{ key: { id: string; arn: string }; meta: KeyMetadata; resource: ResourceRef; entry: Result<U> }> {
  for (const { region, item: key, entry } of listedWith(ctx, keys, perKey, 'KMS keys')) {
    const resource = { arn: key.arn, id: key.id, region };
    if (!key.metadata.ok) {
      ctx.error(resource, key.metadata.error, `Could not describe KMS key ${key.id}: ${describeCallError(key.metadata.error)}.`);
      continue;
    }
    if (applies(key.metadata.data)) yield { key, meta: key.metadata.data, resource, entry };
  }
}
