/** Lightsail collectors: instances, relational databases and static IPs of a region (paged with pageToken). */
import { defineFact } from '../../core/fact.js';

export interface LightsailInstance {
  name: string;
  arn: string;
  publicIp?: string;
  /** Firewall ports open to every IPv4 or IPv6 address ("22/tcp"). */
  portsOpenToAll: string[];
  autoSnapshot: boolean;
}

export const instances = defineFact<LightsailInstance[]>({
  id: 'lightsail.instances',
  service: 'lightsail',
  scope: 'regional',
  operation: 'lightsail:GetInstances',
  async collect(ctx) {
    const { GetInstancesCommand } = await import('@aws-sdk/client-lightsail');
    const ls = await ctx.client('lightsail');
    const out: LightsailInstance[] = [];
    let pageToken: string | undefined;
    do {
      const r = await ls.send(new GetInstancesCommand({ pageToken }));
      for (const i of r.instances ?? []) {
        if (!i.name || !i.arn) continue;
        const open = (i.networking?.ports ?? []).filter((p) => (p.cidrs ?? []).includes('0.0.0.0/0') || (p.ipv6Cidrs ?? []).includes('::/0'));
        out.push({
          name: i.name,
          arn: i.arn,
          publicIp: i.publicIpAddress,
          portsOpenToAll: open.map((p) => (p.fromPort === p.toPort ? `${p.fromPort}/${p.protocol}` : `${p.fromPort}-${p.toPort}/${p.protocol}`)),
          autoSnapshot: (i.addOns ?? []).some((a) => a.name === 'AutoSnapshot' && a.status === 'Enabled'),
        });
      }
      pageToken = r.nextPageToken;
    } while (pageToken);
    return out;
  },
});

export interface LightsailDatabase {
  name: string;
  arn: string;
  publiclyAccessible: boolean;
}

export const databases = defineFact<LightsailDatabase[]>({
  id: 'lightsail.databases',
  service: 'lightsail',
  scope: 'regional',
  operation: 'lightsail:GetRelationalDatabases',
  async collect(ctx) {
    const { GetRelationalDatabasesCommand } = await import('@aws-sdk/client-lightsail');
    const ls = await ctx.client('lightsail');
    const out: LightsailDatabase[] = [];
    let pageToken: string | undefined;
    do {
      const r = await ls.send(new GetRelationalDatabasesCommand({ pageToken }));
      for (const d of r.relationalDatabases ?? []) if (d.name && d.arn) out.push({ name: d.name, arn: d.arn, publiclyAccessible: d.publiclyAccessible ?? false });
      pageToken = r.nextPageToken;
    } while (pageToken);
    return out;
  },
});

export interface StaticIp {
  name: string;
  arn: string;
  attachedTo?: string;
}

export const staticIps = defineFact<StaticIp[]>({
  id: 'lightsail.staticIps',
  service: 'lightsail',
  scope: 'regional',
  operation: 'lightsail:GetStaticIps',
  async collect(ctx) {
    const { GetStaticIpsCommand } = await import('@aws-sdk/client-lightsail');
    const ls = await ctx.client('lightsail');
    const out: StaticIp[] = [];
    let pageToken: string | undefined;
    do {
      const r = await ls.send(new GetStaticIpsCommand({ pageToken }));
      for (const s of r.staticIps ?? []) if (s.name && s.arn) out.push({ name: s.name, arn: s.arn, attachedTo: s.isAttached ? (s.attachedTo ?? 'an instance') : undefined });
      pageToken = r.nextPageToken;
    } while (pageToken);
    return out;
  },
});
