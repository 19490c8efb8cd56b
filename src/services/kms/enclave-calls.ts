/**
 * The attested calls Nitro Enclaves made to each enclave KMS key, from CloudTrail event history
 * (LookupEvents, the last 90 days, always on, per region). Only keys that look like enclave keys
 * (see isEnclaveKey) are looked up, by their ARN, so an account without enclaves makes no call.
 * LookupEvents is limited to 2 calls a second: at most MAX_PAGES pages of 50 events per key, and the
 * entry says when the history was cut short.
 */
import { defineFact, type CollectContext } from '../../core/fact.js';
import type { Result } from '../../core/types.js';
import { keyAliases, keyPolicies, keys, type KmsKey } from './collectors.js';
import { ATTESTED_EVENTS, isEnclaveCandidate, isEnclaveKey, parseEnclaveCall, type EnclaveCall } from './enclave-attestation.js';

export const MAX_PAGES = 10;
/** CloudTrail event history keeps 90 days of management events. */
export const HISTORY_DAYS = 90;

export interface EnclaveCallHistory {
  calls: EnclaveCall[];
  /** More events existed than prowl read (page cap): a verdict of "none seen" is then incomplete. */
  truncated: boolean;
}

/** Enclave keys of a region (ARNs), by the same rule the checks use. */
export function enclaveKeyArns(list: KmsKey[], policies: Record<string, Result<string | null>>, aliases: Record<string, string[]>): string[] {
  return list
    .filter((k) => k.metadata.ok && isEnclaveCandidate(k.metadata.data))
    .filter((k) => {
      const p = policies[k.arn];
      return k.metadata.ok && isEnclaveKey(k.metadata.data, aliases[k.id] ?? [], p?.ok ? p.data : null);
    })
    .map((k) => k.arn);
}

/** Reads one key's attested calls from the event history (at most MAX_PAGES pages). */
async function historyReader(ctx: CollectContext): Promise<(arn: string) => Promise<Result<EnclaveCallHistory>>> {
  const { LookupEventsCommand } = await import('@aws-sdk/client-cloudtrail');
  const ct = await ctx.client('cloudtrail');
  const since = new Date(Date.now() - HISTORY_DAYS * 86_400_000);
  const wantedEvents = new Set(ATTESTED_EVENTS);
  return (arn) =>
    ctx.attempt('cloudtrail:LookupEvents', async () => {
      const calls: EnclaveCall[] = [];
      let NextToken: string | undefined;
      let pages = 0;
      do {
        const page = await ct.send(
          new LookupEventsCommand({ LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: arn }], StartTime: since, MaxResults: 50, NextToken }),
        );
        for (const e of page.Events ?? []) {
          if (e.EventName && !wantedEvents.has(e.EventName)) continue;
          const call = parseEnclaveCall(e.CloudTrailEvent, e.EventTime?.toISOString());
          if (call) calls.push(call);
        }
        NextToken = page.NextToken;
        pages++;
      } while (NextToken && pages < MAX_PAGES);
      return { calls, truncated: Boolean(NextToken) };
    });
}

export const enclaveCalls = defineFact<Record<string, Result<EnclaveCallHistory>>>({
  id: 'kms.enclaveCalls',
  service: 'cloudtrail',
  scope: 'regional',
  operation: 'cloudtrail:LookupEvents',
  async collect(ctx) {
    const list = await ctx.need(keys);
    const aliasesResult = await ctx.dep(keyAliases);
    const aliases = aliasesResult.ok ? aliasesResult.data : {};
    // Keys named as enclave keys (description, alias) are looked up at once, while the key policies that
    // decide for the others are still being read: LookupEvents' two calls a second make it the slowest
    // read of a scan, so it starts as early as it can.
    const named = enclaveKeyArns(list, {}, aliases);
    const lookups = new Map<string, Promise<Result<EnclaveCallHistory>>>();
    let lookup: ((arn: string) => Promise<Result<EnclaveCallHistory>>) | undefined;
    const start = async (arns: string[]) => {
      if (!arns.length) return;
      lookup ??= await historyReader(ctx);
      for (const arn of arns) if (!lookups.has(arn)) lookups.set(arn, lookup(arn));
    };
    await start(named);
    const policies = await ctx.dep(keyPolicies);
    const wanted = enclaveKeyArns(list, policies.ok ? policies.data : {}, aliases);
    await start(wanted);
    const entries = await Promise.all(wanted.map(async (arn) => [arn, await lookups.get(arn)!] as const));
    return Object.fromEntries(entries);
  },
});
