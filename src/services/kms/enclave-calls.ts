/**
 * The attested calls Nitro Enclaves made to each enclave KMS key, from CloudTrail event history
 * (LookupEvents, the last 90 days, always on, per region). Only keys that look like enclave keys
 * (see isEnclaveKey) are looked up, by their ARN, so an account without enclaves makes no call.
 * LookupEvents is limited to 2 calls a second: at most MAX_PAGES pages of 50 events per key, and the
 * entry says when the history was cut short.
 */
import { defineFact } from '../../core/fact.js';
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

export const enclaveCalls = defineFact<Record<string, Result<EnclaveCallHistory>>>({
  id: 'kms.enclaveCalls',
  service: 'cloudtrail',
  scope: 'regional',
  operation: 'cloudtrail:LookupEvents',
  async collect(ctx) {
    const list = await ctx.need(keys);
    const policies = await ctx.dep(keyPolicies);
    const aliases = await ctx.dep(keyAliases);
    const wanted = enclaveKeyArns(list, policies.ok ? policies.data : {}, aliases.ok ? aliases.data : {});
    if (!wanted.length) return {};
    const { LookupEventsCommand } = await import('@aws-sdk/client-cloudtrail');
    const ct = await ctx.client('cloudtrail');
    const since = new Date(Date.now() - HISTORY_DAYS * 86_400_000);
    const wantedEvents = new Set(ATTESTED_EVENTS);
    const entries = await Promise.all(
      wanted.map(async (arn) => {
        const history = await ctx.attempt('cloudtrail:LookupEvents', async () => {
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
        return [arn, history] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});
