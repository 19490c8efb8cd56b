/**
 * EC2 collectors: security groups, network ACLs, instances, EBS volumes and two account settings per
 * region (EBS encryption by default, instance metadata defaults). Every Describe call is paginated
 * with MaxResults: EC2 charges unpaginated, unfiltered Describe calls to a smaller throttling bucket.
 */
import type { IpPermission } from '@aws-sdk/client-ec2';
import { defineFact, type CollectContext } from '../../core/fact.js';
import type { NaclEntry, SgRule } from '../../lib/network/exposure.js';

export type Tags = Record<string, string>;

/** MaxResults within an API's bounds (most EC2 Describe calls accept 5..max). */
export const pageSizeFor = (ctx: CollectContext, max: number): number => Math.min(max, Math.max(5, ctx.pageSize));

export const toTags = (tags: Array<{ Key?: string; Value?: string }> | undefined): Tags =>
  Object.fromEntries((tags ?? []).filter((t) => t.Key !== undefined).map((t) => [t.Key!, t.Value ?? '']));

const ec2Arn = (ctx: CollectContext, type: string, id: string, owner = ctx.account.accountId): string =>
  `arn:${ctx.account.partition}:ec2:${ctx.region}:${owner}:${type}/${id}`;

// ---------------------------------------------------------------------------------------------------

export interface SecurityGroup {
  id: string;
  arn: string;
  name: string;
  vpcId?: string;
  ownerId?: string;
  tags: Tags;
  ingress: SgRule[];
  egress: SgRule[];
}

const toRule = (p: IpPermission): SgRule => ({
  protocol: p.IpProtocol ?? '-1',
  ...(p.FromPort !== undefined ? { fromPort: p.FromPort } : {}),
  ...(p.ToPort !== undefined ? { toPort: p.ToPort } : {}),
  ipv4: (p.IpRanges ?? []).flatMap((r) => (r.CidrIp ? [r.CidrIp] : [])),
  ipv6: (p.Ipv6Ranges ?? []).flatMap((r) => (r.CidrIpv6 ? [r.CidrIpv6] : [])),
  prefixLists: (p.PrefixListIds ?? []).flatMap((r) => (r.PrefixListId ? [r.PrefixListId] : [])),
  groups: (p.UserIdGroupPairs ?? []).flatMap((g) => (g.GroupId ? [g.GroupId] : [])),
});

export const securityGroups = defineFact<SecurityGroup[]>({
  id: 'ec2.securityGroups',
  service: 'ec2',
  scope: 'regional',
  operation: 'ec2:DescribeSecurityGroups',
  async collect(ctx) {
    const { paginateDescribeSecurityGroups } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2');
    const out: SecurityGroup[] = [];
    for await (const page of paginateDescribeSecurityGroups({ client, pageSize: pageSizeFor(ctx, 1000) }, {})) {
      for (const g of page.SecurityGroups ?? []) {
        if (!g.GroupId) continue;
        out.push({
          id: g.GroupId,
          arn: g.SecurityGroupArn ?? ec2Arn(ctx, 'security-group', g.GroupId, g.OwnerId),
          name: g.GroupName ?? g.GroupId,
          vpcId: g.VpcId,
          ownerId: g.OwnerId,
          tags: toTags(g.Tags),
          ingress: (g.IpPermissions ?? []).map(toRule),
          egress: (g.IpPermissionsEgress ?? []).map(toRule),
        });
      }
    }
    return out;
  },
});

// ---------------------------------------------------------------------------------------------------

export interface NetworkAcl {
  id: string;
  arn: string;
  vpcId?: string;
  isDefault: boolean;
  tags: Tags;
  subnetIds: string[];
  entries: NaclEntry[];
}

export const networkAcls = defineFact<NetworkAcl[]>({
  id: 'ec2.networkAcls',
  service: 'ec2',
  scope: 'regional',
  operation: 'ec2:DescribeNetworkAcls',
  async collect(ctx) {
    const { paginateDescribeNetworkAcls } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2');
    const out: NetworkAcl[] = [];
    for await (const page of paginateDescribeNetworkAcls({ client, pageSize: pageSizeFor(ctx, 100) }, {})) {
      for (const a of page.NetworkAcls ?? []) {
        if (!a.NetworkAclId) continue;
        out.push({
          id: a.NetworkAclId,
          arn: ec2Arn(ctx, 'network-acl', a.NetworkAclId, a.OwnerId),
          vpcId: a.VpcId,
          isDefault: Boolean(a.IsDefault),
          tags: toTags(a.Tags),
          subnetIds: (a.Associations ?? []).flatMap((s) => (s.SubnetId ? [s.SubnetId] : [])),
          entries: (a.Entries ?? []).flatMap((e): NaclEntry[] => {
            const cidr = e.CidrBlock ?? e.Ipv6CidrBlock;
            if (!cidr || e.RuleNumber === undefined) return [];
            return [
              {
                ruleNumber: e.RuleNumber,
                egress: Boolean(e.Egress),
                allow: e.RuleAction === 'allow',
                protocol: e.Protocol ?? '-1',
                cidr,
                ...(e.PortRange?.From !== undefined ? { fromPort: e.PortRange.From } : {}),
                ...(e.PortRange?.To !== undefined ? { toPort: e.PortRange.To } : {}),
              },
            ];
          }),
        });
      }
    }
    return out;
  },
});

// ---------------------------------------------------------------------------------------------------

export interface Instance {
  id: string;
  arn: string;
  /** The Name tag, when set. */
  name?: string;
  state: string;
  instanceType?: string;
  vpcId?: string;
  subnetId?: string;
  publicIp?: string;
  tags: Tags;
  metadata: {
    /** 'required' means IMDSv2 only; 'optional' still accepts IMDSv1. */
    httpTokens?: string;
    /** 'disabled' turns the metadata service off entirely. */
    httpEndpoint?: string;
  };
  iamInstanceProfileArn?: string;
  /** Security groups of the instance and of all its network interfaces. */
  securityGroupIds: string[];
  /** CpuOptions.AmdSevSnp: 'enabled' for AMD SEV-SNP confidential computing. */
  amdSevSnp?: string;
}

/** Every state but terminated: terminated instances no longer run and vanish from the API within an hour. */
const LIVE_STATES = ['pending', 'running', 'shutting-down', 'stopping', 'stopped'];

export const instances = defineFact<Instance[]>({
  id: 'ec2.instances',
  service: 'ec2',
  scope: 'regional',
  operation: 'ec2:DescribeInstances',
  async collect(ctx) {
    const { paginateDescribeInstances } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2');
    const out: Instance[] = [];
    const input = { Filters: [{ Name: 'instance-state-name', Values: LIVE_STATES }] };
    for await (const page of paginateDescribeInstances({ client, pageSize: pageSizeFor(ctx, 1000) }, input)) {
      for (const r of page.Reservations ?? []) {
        for (const i of r.Instances ?? []) {
          if (!i.InstanceId || i.State?.Name === 'terminated') continue;
          const tags = toTags(i.Tags);
          const groups = new Set<string>();
          for (const g of i.SecurityGroups ?? []) if (g.GroupId) groups.add(g.GroupId);
          for (const eni of i.NetworkInterfaces ?? []) for (const g of eni.Groups ?? []) if (g.GroupId) groups.add(g.GroupId);
          out.push({
            id: i.InstanceId,
            arn: ec2Arn(ctx, 'instance', i.InstanceId, r.OwnerId),
            ...(tags.Name ? { name: tags.Name } : {}),
            state: i.State?.Name ?? 'unknown',
            instanceType: i.InstanceType,
            vpcId: i.VpcId,
            subnetId: i.SubnetId,
            publicIp: i.PublicIpAddress,
            tags,
            metadata: { httpTokens: i.MetadataOptions?.HttpTokens, httpEndpoint: i.MetadataOptions?.HttpEndpoint },
            iamInstanceProfileArn: i.IamInstanceProfile?.Arn,
            securityGroupIds: [...groups],
            amdSevSnp: i.CpuOptions?.AmdSevSnp,
          });
        }
      }
    }
    return out;
  },
});

// ---------------------------------------------------------------------------------------------------

export interface Volume {
  id: string;
  arn: string;
  name?: string;
  encrypted: boolean;
  kmsKeyId?: string;
  state?: string;
  sizeGiB?: number;
  attachedTo: string[];
  tags: Tags;
}

export const volumes = defineFact<Volume[]>({
  id: 'ec2.volumes',
  service: 'ec2',
  scope: 'regional',
  operation: 'ec2:DescribeVolumes',
  async collect(ctx) {
    const { paginateDescribeVolumes } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2');
    const out: Volume[] = [];
    for await (const page of paginateDescribeVolumes({ client, pageSize: pageSizeFor(ctx, 500) }, {})) {
      for (const v of page.Volumes ?? []) {
        if (!v.VolumeId) continue;
        const tags = toTags(v.Tags);
        out.push({
          id: v.VolumeId,
          arn: ec2Arn(ctx, 'volume', v.VolumeId),
          ...(tags.Name ? { name: tags.Name } : {}),
          encrypted: Boolean(v.Encrypted),
          kmsKeyId: v.KmsKeyId,
          state: v.State,
          sizeGiB: v.Size,
          attachedTo: (v.Attachments ?? []).flatMap((a) => (a.InstanceId ? [a.InstanceId] : [])),
          tags,
        });
      }
    }
    return out;
  },
});

// ---------------------------------------------------------------------------------------------------

export interface EbsEncryptionByDefault {
  enabled: boolean;
}

export const ebsEncryptionByDefault = defineFact<EbsEncryptionByDefault>({
  id: 'ec2.ebsEncryptionByDefault',
  service: 'ec2',
  scope: 'regional',
  operation: 'ec2:GetEbsEncryptionByDefault',
  async collect(ctx) {
    const { GetEbsEncryptionByDefaultCommand } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2');
    const res = await client.send(new GetEbsEncryptionByDefaultCommand({}));
    return { enabled: Boolean(res.EbsEncryptionByDefault) };
  },
});

// ---------------------------------------------------------------------------------------------------

/** The account's default instance metadata options for new instances in a region (unset = no preference). */
export interface InstanceMetadataDefaults {
  httpTokens?: string;
  httpEndpoint?: string;
  httpPutResponseHopLimit?: number;
  instanceMetadataTags?: string;
  /** 'declarative-policy' when an organization's declarative policy sets the defaults. */
  managedBy?: string;
}

export const instanceMetadataDefaults = defineFact<InstanceMetadataDefaults>({
  id: 'ec2.instanceMetadataDefaults',
  service: 'ec2',
  scope: 'regional',
  operation: 'ec2:GetInstanceMetadataDefaults',
  async collect(ctx) {
    const { GetInstanceMetadataDefaultsCommand } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2');
    const { AccountLevel: a } = await client.send(new GetInstanceMetadataDefaultsCommand({}));
    const out: InstanceMetadataDefaults = {};
    if (a?.HttpTokens) out.httpTokens = a.HttpTokens;
    if (a?.HttpEndpoint) out.httpEndpoint = a.HttpEndpoint;
    if (a?.HttpPutResponseHopLimit !== undefined) out.httpPutResponseHopLimit = a.HttpPutResponseHopLimit;
    if (a?.InstanceMetadataTags) out.instanceMetadataTags = a.InstanceMetadataTags;
    if (a?.ManagedBy) out.managedBy = a.ManagedBy;
    return out;
  },
});
