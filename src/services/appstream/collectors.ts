/** Amazon AppStream 2.0 collectors: the fleets of a region with their session settings (DescribeFleets). */
import { defineFact } from '../../core/fact.js';

export interface Fleet {
  name: string;
  arn: string;
  /** ALWAYS_ON, ON_DEMAND or ELASTIC. */
  fleetType?: string;
  /** STARTING, RUNNING, STOPPING or STOPPED. */
  state?: string;
  maxUserDurationSeconds?: number;
  disconnectTimeoutSeconds?: number;
  /** 0 (or absent) means idle users are never disconnected. */
  idleDisconnectTimeoutSeconds?: number;
  enableDefaultInternetAccess: boolean;
}

export const fleets = defineFact<Fleet[]>({
  id: 'appstream.fleets',
  service: 'appstream',
  scope: 'regional',
  operation: 'appstream:DescribeFleets',
  async collect(ctx) {
    const { DescribeFleetsCommand } = await import('@aws-sdk/client-appstream');
    const client = await ctx.client('appstream');
    const out: Fleet[] = [];
    let NextToken: string | undefined;
    do {
      const page = await client.send(new DescribeFleetsCommand({ NextToken }));
      for (const f of page.Fleets ?? []) {
        if (!f.Name) continue;
        out.push({
          name: f.Name,
          arn: f.Arn ?? `arn:${ctx.account.partition}:appstream:${ctx.region}:${ctx.account.accountId}:fleet/${f.Name}`,
          ...(f.FleetType ? { fleetType: f.FleetType } : {}),
          ...(f.State ? { state: f.State } : {}),
          ...(f.MaxUserDurationInSeconds !== undefined ? { maxUserDurationSeconds: f.MaxUserDurationInSeconds } : {}),
          ...(f.DisconnectTimeoutInSeconds !== undefined ? { disconnectTimeoutSeconds: f.DisconnectTimeoutInSeconds } : {}),
          ...(f.IdleDisconnectTimeoutInSeconds !== undefined ? { idleDisconnectTimeoutSeconds: f.IdleDisconnectTimeoutInSeconds } : {}),
          enableDefaultInternetAccess: !!f.EnableDefaultInternetAccess,
        });
      }
      NextToken = page.NextToken;
    } while (NextToken);
    return out;
  },
});
