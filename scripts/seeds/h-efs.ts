/**
 * Seeds moto with compliant and non-compliant WP2 data-service resources for demos and the benchmark:
 * EFS (backup, One Zone, access points, file system policies, mount targets in a public subnet with NFS
 * open), ElastiCache (replication groups and standalone nodes, a public subnet group), RDS instances,
 * Aurora clusters and snapshots, S3 bucket variants (versioning, Object Lock, lifecycle, replication),
 * OpenSearch, Neptune, Redshift, DynamoDB and DAX, and MemoryDB. Each region gets ceil(scale / 4) sets
 * (1 for the demo, 5 at the benchmark's scale 20): these services fan out per resource (S3 reads a dozen
 * settings per bucket), so a linear count would swamp the benchmark's per-call latency budget.
 * Passwords are placeholders assembled at run time; every write goes to the emulator.
 */
import { AttachInternetGatewayCommand, AuthorizeSecurityGroupIngressCommand, CreateInternetGatewayCommand, CreateRouteCommand, CreateRouteTableCommand, AssociateRouteTableCommand,
  CreateSecurityGroupCommand, CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateAccessPointCommand, CreateFileSystemCommand, CreateMountTargetCommand, EFSClient, PutFileSystemPolicyCommand } from '@aws-sdk/client-efs';
import { CreateCacheClusterCommand, CreateCacheSubnetGroupCommand, CreateReplicationGroupCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { CreateDBClusterCommand, CreateDBClusterSnapshotCommand, CreateDBInstanceCommand, CreateDBSnapshotCommand, ModifyDBSnapshotAttributeCommand, RDSClient } from '@aws-sdk/client-rds';
import { CreateBucketCommand, PutBucketLifecycleConfigurationCommand, PutBucketReplicationCommand, PutBucketVersioningCommand, PutObjectLockConfigurationCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateDomainCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import { CreateDBClusterCommand as CreateNeptuneClusterCommand, NeptuneClient } from '@aws-sdk/client-neptune';
import { CreateClusterCommand as CreateRedshiftClusterCommand, RedshiftClient } from '@aws-sdk/client-redshift';
import { CreateTableCommand, DynamoDBClient, UpdateContinuousBackupsCommand } from '@aws-sdk/client-dynamodb';
import { CreateClusterCommand as CreateDaxClusterCommand, DAXClient } from '@aws-sdk/client-dax';
import { CreateClusterCommand as CreateMemoryDbClusterCommand, MemoryDBClient } from '@aws-sdk/client-memorydb';

const ACCOUNT = '123456789012';
const placeholderPassword = () => 'Demo' + 'Pw' + '-' + 'r4T8' + 'm1Qs';
const authToken = () => 'demo-' + 'auth-' + 'token-' + 'not-real-0042';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Cfg = any;

/** A VPC with a private subnet (no internet route) and a public one (0.0.0.0/0 to an internet gateway), and two groups. */
async function network(ec2: EC2Client, region: string) {
  const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.42.0.0/16' }))).Vpc!.VpcId!;
  const subnet = async (cidr: string, az: string) => (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: cidr, AvailabilityZone: `${region}${az}` }))).Subnet!.SubnetId!;
  const privateA = await subnet('10.42.1.0/24', 'a');
  const privateB = await subnet('10.42.2.0/24', 'b');
  const publicA = await subnet('10.42.101.0/24', 'a');
  const igw = (await ec2.send(new CreateInternetGatewayCommand({}))).InternetGateway!.InternetGatewayId!;
  await ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: igw, VpcId: vpc }));
  const rtb = (await ec2.send(new CreateRouteTableCommand({ VpcId: vpc }))).RouteTable!.RouteTableId!;
  await ec2.send(new CreateRouteCommand({ RouteTableId: rtb, DestinationCidrBlock: '0.0.0.0/0', GatewayId: igw }));
  await ec2.send(new AssociateRouteTableCommand({ RouteTableId: rtb, SubnetId: publicA }));
  const group = async (name: string, cidr: string) => {
    const id = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: name, Description: name, VpcId: vpc }))).GroupId!;
    await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: id, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 2049, ToPort: 2049, IpRanges: [{ CidrIp: cidr }] }] }));
    return id;
  };
  return { vpc, privateA, privateB, publicA, nfsPrivate: await group('h-efs-nfs-private', '10.42.0.0/16'), nfsOpen: await group('h-efs-nfs-open', '0.0.0.0/0') };
}

export async function seedHEfs(cfg: (region: string) => object, regions: string[], scale: number): Promise<void> {
  const n = Math.max(1, Math.ceil(scale / 4));
  const home = regions[0];
  for (const region of regions) {
    const c = cfg(region) as Cfg;
    const net = await network(new EC2Client(c), region);

    // ---- EFS: a well-kept Regional file system and a neglected One Zone one, per unit of scale.
    const efs = new EFSClient(c);
    for (let i = 0; i < n; i++) {
      const good = (await efs.send(new CreateFileSystemCommand({ CreationToken: `h-efs-good-${i}`, Encrypted: true, Backup: true, Tags: [{ Key: 'Name', Value: `team-share-${i}` }] }))).FileSystemId!;
      for (const subnet of [net.privateA, net.privateB]) await efs.send(new CreateMountTargetCommand({ FileSystemId: good, SubnetId: subnet, SecurityGroups: [net.nfsPrivate] }));
      await efs.send(new PutFileSystemPolicyCommand({ FileSystemId: good, Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'] }] }) }));
      await efs.send(new CreateAccessPointCommand({ FileSystemId: good, PosixUser: { Uid: 1000, Gid: 1000 }, RootDirectory: { Path: `/app-${i}` } }));

      const bad = (await efs.send(new CreateFileSystemCommand({ CreationToken: `h-efs-bad-${i}`, Tags: [{ Key: 'Name', Value: `scratch-${i}` }] }))).FileSystemId!;
      await efs.send(new CreateMountTargetCommand({ FileSystemId: bad, SubnetId: net.publicA, SecurityGroups: [net.nfsOpen] }));
      await efs.send(new PutFileSystemPolicyCommand({ FileSystemId: bad, Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite', 'elasticfilesystem:ClientRootAccess'], Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } } }] }) }));
      await efs.send(new CreateAccessPointCommand({ FileSystemId: bad }));
      await efs.send(new CreateFileSystemCommand({ CreationToken: `h-efs-onezone-${i}`, AvailabilityZoneName: `${region}a` }));
    }

    // ---- ElastiCache: a hardened Valkey group, a bare Redis OSS group, a standalone node in a public subnet, Memcached.
    const cache = new ElastiCacheClient(c);
    await cache.send(new CreateCacheSubnetGroupCommand({ CacheSubnetGroupName: 'h-efs-private', CacheSubnetGroupDescription: 'private', SubnetIds: [net.privateA, net.privateB] }));
    await cache.send(new CreateCacheSubnetGroupCommand({ CacheSubnetGroupName: 'h-efs-public', CacheSubnetGroupDescription: 'public', SubnetIds: [net.publicA] }));
    for (let i = 0; i < n; i++) {
      await cache.send(new CreateReplicationGroupCommand({
        ReplicationGroupId: `sessions-${i}`, ReplicationGroupDescription: 'sessions', Engine: 'valkey', CacheNodeType: 'cache.t4g.small', NumCacheClusters: 2,
        CacheSubnetGroupName: 'h-efs-private', AutomaticFailoverEnabled: true, MultiAZEnabled: true, SnapshotRetentionLimit: 7, AtRestEncryptionEnabled: true,
        TransitEncryptionEnabled: true, AuthToken: authToken(), AutoMinorVersionUpgrade: true,
      }));
      await cache.send(new CreateReplicationGroupCommand({ ReplicationGroupId: `leaderboard-${i}`, ReplicationGroupDescription: 'leaderboard', Engine: 'redis', CacheNodeType: 'cache.t4g.micro', NumCacheClusters: 1, CacheSubnetGroupName: 'h-efs-private', SnapshotRetentionLimit: 1 }));
      await cache.send(new CreateCacheClusterCommand({ CacheClusterId: `rate-limit-${i}`, Engine: 'redis', CacheNodeType: 'cache.t4g.micro', CacheSubnetGroupName: 'h-efs-public', AutoMinorVersionUpgrade: false }));
      await cache.send(new CreateCacheClusterCommand({ CacheClusterId: `pages-${i}`, Engine: 'memcached', CacheNodeType: 'cache.t4g.micro', NumCacheNodes: 2, CacheSubnetGroupName: 'h-efs-private' }));
    }

    // ---- RDS: an encrypted, backed-up instance and its private snapshot; a neglected public one with a public snapshot; Aurora clusters.
    const rds = new RDSClient(c);
    for (let i = 0; i < n; i++) {
      await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: `ledger-db-${i}`, Engine: 'postgres', DBInstanceClass: 'db.t3.micro', AllocatedStorage: 20, MasterUsername: 'ledger', MasterUserPassword: placeholderPassword(),
        StorageEncrypted: true, MultiAZ: true, BackupRetentionPeriod: 14, DeletionProtection: true, CopyTagsToSnapshot: true, EnableIAMDatabaseAuthentication: true, AutoMinorVersionUpgrade: true, PubliclyAccessible: false }));
      await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: `legacy-db-${i}`, Engine: 'mysql', DBInstanceClass: 'db.t3.micro', AllocatedStorage: 20, MasterUsername: 'admin', MasterUserPassword: placeholderPassword(),
        BackupRetentionPeriod: 0, PubliclyAccessible: true, AutoMinorVersionUpgrade: false }));
      await rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: `ledger-db-${i}`, DBSnapshotIdentifier: `ledger-db-${i}-manual` }));
      await rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: `legacy-db-${i}`, DBSnapshotIdentifier: `legacy-db-${i}-shared` }));
      await rds.send(new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: `legacy-db-${i}-shared`, AttributeName: 'restore', ValuesToAdd: ['all'] }));
      await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: `billing-${i}`, Engine: 'aurora-postgresql', MasterUsername: 'billing', MasterUserPassword: placeholderPassword(),
        StorageEncrypted: true, DeletionProtection: true, BackupRetentionPeriod: 14, CopyTagsToSnapshot: true, EnableIAMDatabaseAuthentication: true, EnableCloudwatchLogsExports: ['postgresql'] }));
      await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: `reports-${i}`, Engine: 'aurora-mysql', MasterUsername: 'admin', MasterUserPassword: placeholderPassword() }));
      await rds.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: `reports-${i}`, DBClusterSnapshotIdentifier: `reports-${i}-manual` }));
    }

    // ---- OpenSearch, Neptune, Redshift, DynamoDB, DAX, MemoryDB: one hardened and one neglected of each.
    const search = new OpenSearchClient(c);
    const neptune = new NeptuneClient(c);
    const redshift = new RedshiftClient(c);
    const dynamo = new DynamoDBClient(c);
    const dax = new DAXClient(c);
    const memorydb = new MemoryDBClient(c);
    for (let i = 0; i < n; i++) {
      await search.send(new CreateDomainCommand({
        DomainName: `logs-${i}`, EngineVersion: 'OpenSearch_2.13', EncryptionAtRestOptions: { Enabled: true }, NodeToNodeEncryptionOptions: { Enabled: true },
        DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' }, AdvancedSecurityOptions: { Enabled: true, InternalUserDatabaseEnabled: false, MasterUserOptions: { MasterUserARN: `arn:aws:iam::${ACCOUNT}:role/search-admin` } },
        ClusterConfig: { InstanceCount: 3, ZoneAwarenessEnabled: true, ZoneAwarenessConfig: { AvailabilityZoneCount: 3 }, DedicatedMasterEnabled: true, DedicatedMasterCount: 3 },
      }));
      await search.send(new CreateDomainCommand({
        DomainName: `open-search-${i}`,
        AccessPolicies: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'es:*', Resource: `arn:aws:es:${region}:${ACCOUNT}:domain/open-search-${i}/*` }] }),
      }));
      await neptune.send(new CreateNeptuneClusterCommand({ DBClusterIdentifier: `graph-${i}`, Engine: 'neptune', StorageEncrypted: true, BackupRetentionPeriod: 7, DeletionProtection: true, CopyTagsToSnapshot: true }));
      await neptune.send(new CreateNeptuneClusterCommand({ DBClusterIdentifier: `graph-scratch-${i}`, Engine: 'neptune', BackupRetentionPeriod: 1 }));
      await redshift.send(new CreateRedshiftClusterCommand({ ClusterIdentifier: `warehouse-${i}`, NodeType: 'ra3.xlplus', MasterUsername: 'analyst', MasterUserPassword: placeholderPassword() + 'A1', Encrypted: true, PubliclyAccessible: false, EnhancedVpcRouting: true, AutomatedSnapshotRetentionPeriod: 7, DBName: 'sales' }));
      await redshift.send(new CreateRedshiftClusterCommand({ ClusterIdentifier: `adhoc-${i}`, NodeType: 'dc2.large', MasterUsername: 'awsuser', MasterUserPassword: placeholderPassword() + 'A1', PubliclyAccessible: true, AllowVersionUpgrade: false }));
      const table = (TableName: string, extra: object = {}) =>
        dynamo.send(new CreateTableCommand({ TableName, AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST', ...extra }));
      await table(`orders-${i}`, { DeletionProtectionEnabled: true, SSESpecification: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: 'alias/orders' } });
      await dynamo.send(new UpdateContinuousBackupsCommand({ TableName: `orders-${i}`, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }));
      await table(`scratch-${i}`);
      await dax.send(new CreateDaxClusterCommand({ ClusterName: `dax-good-${i}`, NodeType: 'dax.t3.small', ReplicationFactor: 3, IamRoleArn: `arn:aws:iam::${ACCOUNT}:role/dax`, SSESpecification: { Enabled: true }, ClusterEndpointEncryptionType: 'TLS' }));
      await dax.send(new CreateDaxClusterCommand({ ClusterName: `dax-bad-${i}`, NodeType: 'dax.t3.small', ReplicationFactor: 1, IamRoleArn: `arn:aws:iam::${ACCOUNT}:role/dax` }));
      await memorydb.send(new CreateMemoryDbClusterCommand({ ClusterName: `mem-good-${i}`, NodeType: 'db.t4g.small', ACLName: 'open-access', AutoMinorVersionUpgrade: true }));
      await memorydb.send(new CreateMemoryDbClusterCommand({ ClusterName: `mem-bad-${i}`, NodeType: 'db.t4g.small', ACLName: 'open-access', AutoMinorVersionUpgrade: false }));
    }

    // ---- S3 (buckets live in this region): versioned with Object Lock and lifecycle, replicated; and a bare one.
    const s3 = new S3Client({ ...c, forcePathStyle: true });
    const where = region === 'us-east-1' ? {} : { CreateBucketConfiguration: { LocationConstraint: region as never } };
    for (let i = 0; i < n; i++) {
      const locked = `h-efs-records-${region}-${i}`;
      const replica = `h-efs-records-replica-${region}-${i}`;
      await s3.send(new CreateBucketCommand({ Bucket: locked, ObjectLockEnabledForBucket: true, ...where }));
      await s3.send(new PutBucketVersioningCommand({ Bucket: locked, VersioningConfiguration: { Status: 'Enabled' } }));
      await s3.send(new PutObjectLockConfigurationCommand({ Bucket: locked, ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 30 } } } }));
      await s3.send(new PutBucketLifecycleConfigurationCommand({ Bucket: locked, LifecycleConfiguration: { Rules: [{ ID: 'archive', Status: 'Enabled', Filter: { Prefix: '' }, Transitions: [{ Days: 90, StorageClass: 'GLACIER' }], NoncurrentVersionExpiration: { NoncurrentDays: 365 } }] } }));
      await s3.send(new CreateBucketCommand({ Bucket: replica, ...where }));
      await s3.send(new PutBucketVersioningCommand({ Bucket: replica, VersioningConfiguration: { Status: 'Enabled' } }));
      await s3.send(new PutBucketReplicationCommand({ Bucket: locked, ReplicationConfiguration: { Role: `arn:aws:iam::${ACCOUNT}:role/s3-replication`, Rules: [{ ID: 'all', Status: 'Enabled', Priority: 1, Filter: { Prefix: '' }, DeleteMarkerReplication: { Status: 'Disabled' }, Destination: { Bucket: `arn:aws:s3:::${replica}` } }] } }));
      await s3.send(new CreateBucketCommand({ Bucket: `h-efs-tmp-${region}-${i}`, ...where }));
      if (region === home) await s3.send(new PutBucketVersioningCommand({ Bucket: `h-efs-tmp-${region}-${i}`, VersioningConfiguration: { Status: 'Suspended' } }));
    }
  }
}
