/**
 * EC2 collectors: security groups, network ACLs, instances, EBS volumes and two account settings per
 * region (EBS encryption by default, instance metadata defaults). Every Describe call is paginated
 * with MaxResults: EC2 charges unpaginated, unfiltered Describe calls to a smaller throttling bucket.
 */
import type { IpPermission } from '@aws-sdk/client-ec2';
import { defineFact, type CollectContext } from '../../core/fact.js';
import type { Result } from '../../core/types.js';
import type { SecretHit } from '../../lib/secrets/index.js';

/** The outcome of scanning user data for secrets: the hits (kind and line, never values), or why it could not be read. */
export type UserDataScan = { ok: true; hits: SecretHit[] } | { ok: false; reason: string };
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
  /** EnclaveOptions.Enabled: the instance is a Nitro Enclaves parent. */
  enclave?: boolean;
  /** The network interfaces, each with its own subnet, groups and addresses (empty when not reported). */
  interfaces: InstanceInterface[];
  imageId?: string;
  /** ISO time of the last launch (start). */
  launchTime?: string;
  /** Detailed (1-minute) monitoring: 'enabled', 'disabled', 'pending', 'disabling'. */
  monitoring?: string;
  /** 'hvm' or 'paravirtual'. */
  virtualizationType?: string;
  /** Why the state last changed, e.g. "User initiated (2026-01-02 10:00:00 GMT)". */
  stateTransitionReason?: string;
  platform?: string;
}

export interface InstanceInterface {
  id: string;
  subnetId?: string;
  vpcId?: string;
  securityGroupIds: string[];
  /** Public IPv4 address (auto-assigned or Elastic IP) associated with the interface. */
  publicIp?: string;
  ipv6Addresses: string[];
  /** Device index: 0 is the primary interface. */
  deviceIndex?: number;
  /** 'interface', 'efa', 'trunk'... */
  interfaceType?: string;
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
            ...(i.EnclaveOptions?.Enabled !== undefined ? { enclave: i.EnclaveOptions.Enabled } : {}),
            interfaces: (i.NetworkInterfaces ?? []).flatMap((n): InstanceInterface[] =>
              n.NetworkInterfaceId
                ? [
                    {
                      id: n.NetworkInterfaceId,
                      subnetId: n.SubnetId,
                      vpcId: n.VpcId,
                      securityGroupIds: (n.Groups ?? []).flatMap((g) => (g.GroupId ? [g.GroupId] : [])),
                      publicIp: n.Association?.PublicIp,
                      ipv6Addresses: (n.Ipv6Addresses ?? []).flatMap((a) => (a.Ipv6Address ? [a.Ipv6Address] : [])),
                      deviceIndex: n.Attachment?.DeviceIndex,
                      interfaceType: n.InterfaceType,
                    },
                  ]
                : [],
            ),
            imageId: i.ImageId,
            launchTime: i.LaunchTime?.toISOString(),
            monitoring: i.Monitoring?.State,
            virtualizationType: i.VirtualizationType,
            stateTransitionReason: i.StateTransitionReason || undefined,
            platform: i.PlatformDetails ?? i.Platform,
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

// ---------------------------------------------------------------------------------------------------

/** A network interface of any kind: instances, load balancers, Lambda, endpoints, NAT gateways... */
export interface NetworkInterface {
  id: string;
  /** 'interface' for instance ENIs; 'lambda', 'vpc_endpoint', 'nat_gateway', 'api_gateway_managed', 'network_load_balancer', 'efa'... */
  interfaceType?: string;
  description?: string;
  /** The AWS service that created it (requester-managed interfaces), e.g. "amazon-elb". */
  requesterId?: string;
  requesterManaged: boolean;
  status?: string;
  subnetId?: string;
  vpcId?: string;
  securityGroupIds: string[];
  publicIp?: string;
  ipv6Addresses: string[];
  instanceId?: string;
  /** Owner of the attached instance: an account id, or a service such as "amazon-elb" or "amazon-rds". */
  instanceOwnerId?: string;
}

export const networkInterfaces = defineFact<NetworkInterface[]>({
  id: 'ec2.networkInterfaces',
  service: 'ec2',
  scope: 'regional',
  operation: 'ec2:DescribeNetworkInterfaces',
  async collect(ctx) {
    const { paginateDescribeNetworkInterfaces } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2');
    const out: NetworkInterface[] = [];
    for await (const page of paginateDescribeNetworkInterfaces({ client, pageSize: pageSizeFor(ctx, 1000) }, {})) {
      for (const n of page.NetworkInterfaces ?? []) {
        if (!n.NetworkInterfaceId) continue;
        out.push({
          id: n.NetworkInterfaceId,
          interfaceType: n.InterfaceType,
          description: n.Description || undefined,
          requesterId: n.RequesterId,
          requesterManaged: Boolean(n.RequesterManaged),
          status: n.Status,
          subnetId: n.SubnetId,
          vpcId: n.VpcId,
          securityGroupIds: (n.Groups ?? []).flatMap((g) => (g.GroupId ? [g.GroupId] : [])),
          publicIp: n.Association?.PublicIp,
          ipv6Addresses: (n.Ipv6Addresses ?? []).flatMap((a) => (a.Ipv6Address ? [a.Ipv6Address] : [])),
          instanceId: n.Attachment?.InstanceId,
          instanceOwnerId: n.Attachment?.InstanceOwnerId,
        });
      }
    }
    return out;
  },
});

// ---------------------------------------------------------------------------------------------------

export interface ElasticIp {
  /** Allocation id (VPC addresses); the public IP for the rare address without one. */
  id: string;
  arn: string;
  publicIp?: string;
  associationId?: string;
  instanceId?: string;
  networkInterfaceId?: string;
  tags: Tags;
}

export const addresses = defineFact<ElasticIp[]>({
  id: 'ec2.addresses',
  service: 'ec2',
  scope: 'regional',
  operation: 'ec2:DescribeAddresses',
  async collect(ctx) {
    const { DescribeAddressesCommand } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2');
    // DescribeAddresses is not paginated: it returns every address of the region at once.
    const res = await client.send(new DescribeAddressesCommand({}));
    return (res.Addresses ?? []).flatMap((a): ElasticIp[] => {
      const id = a.AllocationId ?? a.PublicIp;
      if (!id) return [];
      return [
        {
          id,
          arn: ec2Arn(ctx, 'elastic-ip', id),
          publicIp: a.PublicIp,
          associationId: a.AssociationId,
          instanceId: a.InstanceId || undefined,
          networkInterfaceId: a.NetworkInterfaceId,
          tags: toTags(a.Tags),
        },
      ];
    });
  },
});

// ---------------------------------------------------------------------------------------------------

export interface Image {
  id: string;
  arn: string;
  name?: string;
  ownerId?: string;
  /** Launch permission for everyone. */
  public: boolean;
  state?: string;
  creationDate?: string;
  /** ISO time after which the image is deprecated, when set. */
  deprecationTime?: string;
  tags: Tags;
}

type SdkImage = import('@aws-sdk/client-ec2').Image;
const toImage = (ctx: CollectContext, i: SdkImage & { ImageId: string }): Image => ({
  id: i.ImageId,
  arn: `arn:${ctx.account.partition}:ec2:${ctx.region}::image/${i.ImageId}`,
  ...(i.Name ? { name: i.Name } : {}),
  ownerId: i.OwnerId,
  public: Boolean(i.Public),
  state: i.State,
  creationDate: i.CreationDate,
  ...(i.DeprecationTime ? { deprecationTime: i.DeprecationTime } : {}),
  tags: toTags(i.Tags),
});

/** The images (AMIs) this account owns. */
export const ownedImages = defineFact<Image[]>({
  id: 'ec2.ownedImages',
  service: 'ec2',
  scope: 'regional',
  operation: 'ec2:DescribeImages',
  async collect(ctx) {
    const { paginateDescribeImages } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2');
    const out: Image[] = [];
    for await (const page of paginateDescribeImages({ client, pageSize: pageSizeFor(ctx, 1000) }, { Owners: ['self'] })) {
      for (const i of page.Images ?? []) if (i.ImageId) out.push(toImage(ctx, i as SdkImage & { ImageId: string }));
    }
    return out;
  },
});

/**
 * The images the region's instances were launched from, whoever owns them (deregistered ones are
 * absent). Keyed by image id.
 */
export const instanceImages = defineFact<Record<string, Image>>({
  id: 'ec2.instanceImages',
  service: 'ec2',
  scope: 'regional',
  operation: 'ec2:DescribeImages',
  async collect(ctx) {
    const { DescribeImagesCommand } = await import('@aws-sdk/client-ec2');
    const ids = [...new Set((await ctx.need(instances)).flatMap((i) => (i.imageId ? [i.imageId] : [])))];
    const client = await ctx.client('ec2');
    const out: Record<string, Image> = {};
    for (let k = 0; k < ids.length; k += 100) {
      // Filtering by image-id (rather than ImageIds) tolerates deregistered images instead of failing the whole call.
      const res = await client.send(
        new DescribeImagesCommand({ Filters: [{ Name: 'image-id', Values: ids.slice(k, k + 100) }], IncludeDeprecated: true }),
      );
      for (const i of res.Images ?? []) if (i.ImageId) out[i.ImageId] = toImage(ctx, i as SdkImage & { ImageId: string });
    }
    return out;
  },
});

// ---------------------------------------------------------------------------------------------------

export interface Snapshot {
  id: string;
  arn: string;
  name?: string;
  volumeId?: string;
  encrypted: boolean;
  kmsKeyId?: string;
  state?: string;
  startTime?: string;
  tags: Tags;
}

/** The EBS snapshots this account owns. */
export const snapshots = defineFact<Snapshot[]>({
  id: 'ec2.snapshots',
  service: 'ec2',
  scope: 'regional',
  operation: 'ec2:DescribeSnapshots',
  async collect(ctx) {
    const { paginateDescribeSnapshots } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2');
    const out: Snapshot[] = [];
    for await (const page of paginateDescribeSnapshots({ client, pageSize: pageSizeFor(ctx, 1000) }, { OwnerIds: ['self'] })) {
      for (const s of page.Snapshots ?? []) {
        if (!s.SnapshotId) continue;
        const tags = toTags(s.Tags);
        out.push({
          id: s.SnapshotId,
          arn: ec2Arn(ctx, 'snapshot', s.SnapshotId),
          ...(tags.Name ? { name: tags.Name } : {}),
          // moto reports a placeholder volume id for snapshots of nothing; keep whatever AWS says.
          volumeId: s.VolumeId,
          encrypted: Boolean(s.Encrypted),
          kmsKeyId: s.KmsKeyId,
          state: s.State,
          startTime: s.StartTime?.toISOString(),
          tags,
        });
      }
    }
    return out;
  },
});

export interface SnapshotSharing {
  /** Anyone may create volumes from it (the 'all' group). */
  public: boolean;
  /** Accounts it is shared with. */
  accounts: string[];
}

/** Per snapshot (by id), who may create volumes from it (DescribeSnapshotAttribute createVolumePermission). */
export const snapshotSharing = defineFact<Record<string, Result<SnapshotSharing>>>({
  id: 'ec2.snapshotSharing',
  service: 'ec2',
  scope: 'regional',
  operation: 'ec2:DescribeSnapshotAttribute',
  async collect(ctx) {
    const { DescribeSnapshotAttributeCommand } = await import('@aws-sdk/client-ec2');
    const list = await ctx.need(snapshots);
    const client = await ctx.client('ec2');
    const entries = await Promise.all(
      list.map(async (s) => {
        const r = await ctx.attempt('ec2:DescribeSnapshotAttribute', async () => {
          const res = await client.send(new DescribeSnapshotAttributeCommand({ SnapshotId: s.id, Attribute: 'createVolumePermission' }));
          const perms = res.CreateVolumePermissions ?? [];
          return { public: perms.some((p) => p.Group === 'all'), accounts: perms.flatMap((p) => (p.UserId ? [p.UserId] : [])) };
        });
        return [s.id, r] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});

/** An account-level block public access setting: 'block-all-sharing', 'block-new-sharing' or 'unblocked'. */
export interface BlockPublicAccessState {
  state: string;
  /** 'declarative-policy' when an organization's declarative policy sets it. */
  managedBy?: string;
}

export const snapshotBlockPublicAccess = defineFact<BlockPublicAccessState>({
  id: 'ec2.snapshotBlockPublicAccess',
  service: 'ec2',
  scope: 'regional',
  operation: 'ec2:GetSnapshotBlockPublicAccessState',
  async collect(ctx) {
    const { GetSnapshotBlockPublicAccessStateCommand } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2');
    const res = await client.send(new GetSnapshotBlockPublicAccessStateCommand({}));
    return { state: res.State ?? 'unblocked', ...(res.ManagedBy ? { managedBy: res.ManagedBy } : {}) };
  },
});

export const imageBlockPublicAccess = defineFact<BlockPublicAccessState>({
  id: 'ec2.imageBlockPublicAccess',
  service: 'ec2',
  scope: 'regional',
  operation: 'ec2:GetImageBlockPublicAccessState',
  async collect(ctx) {
    const { GetImageBlockPublicAccessStateCommand } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2');
    const res = await client.send(new GetImageBlockPublicAccessStateCommand({}));
    return { state: res.ImageBlockPublicAccessState ?? 'unblocked', ...(res.ManagedBy ? { managedBy: res.ManagedBy } : {}) };
  },
});

// ---------------------------------------------------------------------------------------------------

export interface LaunchTemplateVersion {
  number: number;
  isDefault: boolean;
  /** MetadataOptions.HttpTokens / HttpEndpoint (unset: the account or AMI default applies). */
  httpTokens?: string;
  httpEndpoint?: string;
  /** Network interface specifications: whether each asks for a public IPv4 address. */
  networkInterfaces: Array<{ associatePublicIpAddress?: boolean; networkInterfaceId?: string; deviceIndex?: number }>;
  securityGroupIds: string[];
  /** Secrets found in the user data, when it has any (the text itself is never kept). */
  userData?: UserDataScan;
}

export interface LaunchTemplate {
  id: string;
  arn: string;
  name?: string;
  defaultVersion?: number;
  latestVersion?: number;
  tags: Tags;
  /** The default and the latest version (one entry when they are the same). */
  versions: Result<LaunchTemplateVersion[]>;
}

export const launchTemplates = defineFact<LaunchTemplate[]>({
  id: 'ec2.launchTemplates',
  service: 'ec2',
  scope: 'regional',
  operation: 'ec2:DescribeLaunchTemplates',
  async collect(ctx) {
    const { paginateDescribeLaunchTemplates, DescribeLaunchTemplateVersionsCommand } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2');
    const out: LaunchTemplate[] = [];
    for await (const page of paginateDescribeLaunchTemplates({ client, pageSize: pageSizeFor(ctx, 200) }, {})) {
      for (const t of page.LaunchTemplates ?? []) {
        if (!t.LaunchTemplateId) continue;
        out.push({
          id: t.LaunchTemplateId,
          arn: ec2Arn(ctx, 'launch-template', t.LaunchTemplateId),
          ...(t.LaunchTemplateName ? { name: t.LaunchTemplateName } : {}),
          defaultVersion: t.DefaultVersionNumber,
          latestVersion: t.LatestVersionNumber,
          tags: toTags(t.Tags),
          versions: { ok: true, data: [] },
        });
      }
    }
    await Promise.all(
      out.map(async (t) => {
        t.versions = await ctx.attempt('ec2:DescribeLaunchTemplateVersions', async () => {
          const res = await client.send(new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: t.id, Versions: ['$Default', '$Latest'] }));
          const seen = new Set<number>();
          const { scanUserData } = await import('../../lib/secrets/index.js');
          const out: LaunchTemplateVersion[] = [];
          for (const v of res.LaunchTemplateVersions ?? []) {
            if (v.VersionNumber === undefined || seen.has(v.VersionNumber)) continue;
            seen.add(v.VersionNumber);
            const d = v.LaunchTemplateData ?? {};
            out.push(
              {
                number: v.VersionNumber,
                isDefault: Boolean(v.DefaultVersion),
                httpTokens: d.MetadataOptions?.HttpTokens,
                httpEndpoint: d.MetadataOptions?.HttpEndpoint,
                networkInterfaces: (d.NetworkInterfaces ?? []).map((n) => ({
                  ...(n.AssociatePublicIpAddress !== undefined ? { associatePublicIpAddress: n.AssociatePublicIpAddress } : {}),
                  ...(n.NetworkInterfaceId ? { networkInterfaceId: n.NetworkInterfaceId } : {}),
                  ...(n.DeviceIndex !== undefined ? { deviceIndex: n.DeviceIndex } : {}),
                })),
                securityGroupIds: [...(d.SecurityGroupIds ?? []), ...(d.NetworkInterfaces ?? []).flatMap((n) => n.Groups ?? [])],
                ...(d.UserData ? { userData: await scanUserData(d.UserData) } : {}),
              },
            );
          }
          return out;
        });
      }),
    );
    return out;
  },
});

// ---------------------------------------------------------------------------------------------------

export interface ClientVpnEndpoint {
  id: string;
  arn: string;
  name?: string;
  description?: string;
  status?: string;
  connectionLogging: boolean;
  logGroup?: string;
  tags: Tags;
}

export const clientVpnEndpoints = defineFact<ClientVpnEndpoint[]>({
  id: 'ec2.clientVpnEndpoints',
  service: 'ec2',
  scope: 'regional',
  operation: 'ec2:DescribeClientVpnEndpoints',
  async collect(ctx) {
    const { paginateDescribeClientVpnEndpoints } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2');
    const out: ClientVpnEndpoint[] = [];
    for await (const page of paginateDescribeClientVpnEndpoints({ client, pageSize: pageSizeFor(ctx, 1000) }, {})) {
      for (const e of page.ClientVpnEndpoints ?? []) {
        if (!e.ClientVpnEndpointId) continue;
        const tags = toTags(e.Tags);
        out.push({
          id: e.ClientVpnEndpointId,
          arn: ec2Arn(ctx, 'client-vpn-endpoint', e.ClientVpnEndpointId),
          ...(tags.Name ? { name: tags.Name } : {}),
          description: e.Description || undefined,
          status: e.Status?.Code,
          connectionLogging: Boolean(e.ConnectionLogOptions?.Enabled),
          logGroup: e.ConnectionLogOptions?.CloudwatchLogGroup,
          tags,
        });
      }
    }
    return out;
  },
});

// ---------------------------------------------------------------------------------------------------

export interface TransitGateway {
  id: string;
  arn: string;
  name?: string;
  ownerId?: string;
  state?: string;
  /** 'enable' accepts attachment requests from other accounts automatically. */
  autoAcceptSharedAttachments?: string;
  tags: Tags;
}

export const transitGateways = defineFact<TransitGateway[]>({
  id: 'ec2.transitGateways',
  service: 'ec2',
  scope: 'regional',
  operation: 'ec2:DescribeTransitGateways',
  async collect(ctx) {
    const { paginateDescribeTransitGateways } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2');
    const out: TransitGateway[] = [];
    for await (const page of paginateDescribeTransitGateways({ client, pageSize: pageSizeFor(ctx, 1000) }, {})) {
      for (const g of page.TransitGateways ?? []) {
        if (!g.TransitGatewayId || g.State === 'deleted') continue;
        const tags = toTags(g.Tags);
        out.push({
          id: g.TransitGatewayId,
          arn: g.TransitGatewayArn ?? ec2Arn(ctx, 'transit-gateway', g.TransitGatewayId, g.OwnerId),
          ...(tags.Name ? { name: tags.Name } : {}),
          ownerId: g.OwnerId,
          state: g.State,
          autoAcceptSharedAttachments: g.Options?.AutoAcceptSharedAttachments,
          tags,
        });
      }
    }
    return out;
  },
});

// ---------------------------------------------------------------------------------------------------

/**
 * Per instance (by id), the secrets in its user data, scanned at collection so the inventory never holds
 * the text: null when the instance has no user data.
 */
export const instanceUserData = defineFact<Record<string, Result<UserDataScan | null>>>({
  id: 'ec2.instanceUserData',
  service: 'ec2',
  scope: 'regional',
  operation: 'ec2:DescribeInstanceAttribute',
  async collect(ctx) {
    const { DescribeInstanceAttributeCommand } = await import('@aws-sdk/client-ec2');
    const { scanUserData } = await import('../../lib/secrets/index.js');
    const list = await ctx.need(instances);
    const client = await ctx.client('ec2');
    const entries = await Promise.all(
      list.map(async (i) => {
        const r = await ctx.attempt('ec2:DescribeInstanceAttribute', async (): Promise<UserDataScan | null> => {
          const res = await client.send(new DescribeInstanceAttributeCommand({ InstanceId: i.id, Attribute: 'userData' }));
          const data = res.UserData?.Value;
          return data ? await scanUserData(data) : null;
        });
        return [i.id, r] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});

// ---------------------------------------------------------------------------------------------------
// Shodan (an outside service, asked only with an API key)

/** Shodan's REST API; PROWL_SHODAN_API_URL points prowl elsewhere (a proxy, or a local stub in tests). */
export const shodanBaseUrl = (): string => (process.env.PROWL_SHODAN_API_URL || 'https://api.shodan.io').replace(/\/+$/, '');

export interface ShodanHost {
  /** Shodan has a record of the address. */
  listed: boolean;
  ports?: number[];
  isp?: string;
  country?: string;
  lastUpdate?: string;
}

/** Without shodan_api_key nothing is looked up; with it, what Shodan knows of each Elastic IP (by public address). */
export type ShodanLookups = { configured: false } | { configured: true; hosts: Record<string, Result<ShodanHost>> };

class ShodanError extends Error {
  constructor(message: string, code: string) {
    super(message);
    this.name = code;
  }
}

/** One host lookup. The API key travels in the query string, so no error message ever includes the URL. */
async function shodanHost(base: string, key: string, ip: string): Promise<ShodanHost> {
  const url = `${base}/shodan/host/${encodeURIComponent(ip)}?minify=true&key=${encodeURIComponent(key)}`;
  for (let attempt = 1; ; attempt++) {
    let res: Response;
    try {
      res = await fetch(url, { signal: AbortSignal.timeout(20_000) });
    } catch (err) {
      throw new ShodanError(`Shodan could not be reached (${(err as Error).name})`, 'ShodanUnreachable');
    }
    if (res.status === 404) {
      await res.body?.cancel();
      return { listed: false };
    }
    if (res.status === 429 && attempt < 3) {
      await res.body?.cancel();
      await new Promise((r) => setTimeout(r, 1100 * attempt));
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel();
      if (res.status === 401 || res.status === 403) throw new ShodanError(`Shodan refused the API key (HTTP ${res.status})`, 'AccessDenied');
      throw new ShodanError(`Shodan answered HTTP ${res.status}`, res.status === 429 ? 'ThrottlingException' : 'ShodanFailed');
    }
    const body = (await res.json().catch(() => ({}))) as { ports?: unknown; isp?: unknown; country_name?: unknown; last_update?: unknown };
    return {
      listed: true,
      ports: Array.isArray(body.ports) ? body.ports.filter((p): p is number => typeof p === 'number').sort((a, b) => a - b) : [],
      ...(typeof body.isp === 'string' ? { isp: body.isp } : {}),
      ...(typeof body.country_name === 'string' ? { country: body.country_name } : {}),
      ...(typeof body.last_update === 'string' ? { lastUpdate: body.last_update } : {}),
    };
  }
}

/**
 * What Shodan has recorded about each Elastic IP of the region, when a Shodan API key is set
 * (shodan_api_key, Prowler's key). Addresses are looked up one at a time (Shodan limits requests per
 * second); an address Shodan does not know is `listed: false`. The key is never stored.
 */
export const shodanLookups = defineFact<ShodanLookups>({
  id: 'ec2.shodanLookups',
  service: 'ec2',
  scope: 'regional',
  operation: 'shodan:HostLookup',
  async collect(ctx) {
    const key = ctx.setting('shodan_api_key');
    if (typeof key !== 'string' || !key.trim()) return { configured: false };
    const ips = [...new Set((await ctx.need(addresses)).flatMap((a) => (a.publicIp ? [a.publicIp] : [])))];
    const base = shodanBaseUrl();
    const hosts: Record<string, Result<ShodanHost>> = {};
    for (const ip of ips) hosts[ip] = await ctx.attempt('shodan:HostLookup', () => shodanHost(base, key.trim(), ip));
    return { configured: true, hosts };
  },
});
