/**
 * Seeds moto with compliant and non-compliant data-service resources of the h-dms package: DMS endpoints,
 * FSx file systems, Neptune clusters in a public and a private DB subnet group, S3 objects with and without
 * public ACLs, a predictable service bucket the account owns and one another account (an assumed role in
 * moto) claimed. DMS replication instances and tasks are
 * not seeded: moto answers their Describe calls with timestamps SDK v3 cannot parse, so the demo would show
 * a failed read instead of the resources.
 */
import { CreateEndpointCommand, DatabaseMigrationServiceClient } from '@aws-sdk/client-database-migration-service';
import { CreateFileSystemCommand, FSxClient } from '@aws-sdk/client-fsx';
import { CreateDBClusterCommand, CreateDBSubnetGroupCommand, NeptuneClient } from '@aws-sdk/client-neptune';
import {
  AssociateRouteTableCommand,
  AttachInternetGatewayCommand,
  CreateInternetGatewayCommand,
  CreateRouteCommand,
  CreateRouteTableCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';

const ACCOUNT = '123456789012';
const demoPassword = () => 'Demo' + 'Pw' + '-' + 'k3R8' + 'm1Vq';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Cfg = any;

export async function seedHDms(cfg: (region: string) => object, regions: string[], scale: number): Promise<void> {
  const n = Math.max(1, scale);
  for (const [r, region] of regions.entries()) {
    const c = cfg(region) as Cfg;
    const ec2 = new EC2Client(c);
    const dms = new DatabaseMigrationServiceClient(c);
    const fsx = new FSxClient(c);
    const neptune = new NeptuneClient(c);
    const s3 = new S3Client(c);

    // A VPC with one public subnet (route to an internet gateway) and two private ones.
    const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.60.0.0/16' }))).Vpc!.VpcId!;
    const subnet = async (cidr: string, az: string) => (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: cidr, AvailabilityZone: `${region}${az}` }))).Subnet!.SubnetId!;
    const publicSubnet = await subnet('10.60.1.0/24', 'a');
    const privateA = await subnet('10.60.2.0/24', 'a');
    const privateB = await subnet('10.60.3.0/24', 'b');
    const igw = (await ec2.send(new CreateInternetGatewayCommand({}))).InternetGateway!.InternetGatewayId!;
    await ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: igw, VpcId: vpc }));
    const rtb = (await ec2.send(new CreateRouteTableCommand({ VpcId: vpc }))).RouteTable!.RouteTableId!;
    await ec2.send(new CreateRouteCommand({ RouteTableId: rtb, DestinationCidrBlock: '0.0.0.0/0', GatewayId: igw }));
    await ec2.send(new AssociateRouteTableCommand({ RouteTableId: rtb, SubnetId: publicSubnet }));

    await neptune.send(new CreateDBSubnetGroupCommand({ DBSubnetGroupName: 'graph-private', DBSubnetGroupDescription: 'private subnets', SubnetIds: [privateA, privateB] }));
    await neptune.send(new CreateDBSubnetGroupCommand({ DBSubnetGroupName: 'graph-public', DBSubnetGroupDescription: 'includes a public subnet', SubnetIds: [publicSubnet, privateB] }));

    for (let i = 0; i < n; i++) {
      // DMS endpoints: TLS and authentication on, and off.
      await dms.send(new CreateEndpointCommand({ EndpointIdentifier: `dms-good-pg-${i}`, EndpointType: 'source', EngineName: 'postgres', ServerName: 'orders.internal', Port: 5432, DatabaseName: 'orders', Username: 'dms', Password: demoPassword(), SslMode: 'verify-full' }));
      await dms.send(new CreateEndpointCommand({ EndpointIdentifier: `dms-bad-mysql-${i}`, EndpointType: 'source', EngineName: 'mysql', ServerName: 'legacy.internal', Port: 3306, Username: 'dms', Password: demoPassword(), SslMode: 'none' }));
      await dms.send(new CreateEndpointCommand({ EndpointIdentifier: `dms-good-mongo-${i}`, EndpointType: 'source', EngineName: 'mongodb', SslMode: 'require', MongoDbSettings: { AuthType: 'password', ServerName: 'docs.internal', Port: 27017, Username: 'dms', Password: demoPassword() } }));
      await dms.send(new CreateEndpointCommand({ EndpointIdentifier: `dms-bad-mongo-${i}`, EndpointType: 'source', EngineName: 'mongodb', SslMode: 'none', MongoDbSettings: { AuthType: 'no', ServerName: 'open.internal', Port: 27017 } }));
      await dms.send(new CreateEndpointCommand({ EndpointIdentifier: `dms-good-redis-${i}`, EndpointType: 'target', EngineName: 'redis', RedisSettings: { ServerName: 'cache.internal', Port: 6379, SslSecurityProtocol: 'ssl-encryption' } }));
      await dms.send(new CreateEndpointCommand({ EndpointIdentifier: `dms-bad-redis-${i}`, EndpointType: 'target', EngineName: 'redis', RedisSettings: { ServerName: 'cache.internal', Port: 6379, SslSecurityProtocol: 'plaintext' } }));

      // FSx: Windows in Multi-AZ copying tags, single-AZ not; OpenZFS with and without tag copying.
      await fsx.send(new CreateFileSystemCommand({ FileSystemType: 'WINDOWS', StorageCapacity: 32, SubnetIds: [privateA, privateB], WindowsConfiguration: { ThroughputCapacity: 8, DeploymentType: 'MULTI_AZ_1', PreferredSubnetId: privateA, CopyTagsToBackups: true }, Tags: [{ Key: 'Name', Value: `fsx-good-${i}` }] }));
      await fsx.send(new CreateFileSystemCommand({ FileSystemType: 'WINDOWS', StorageCapacity: 32, SubnetIds: [privateA], WindowsConfiguration: { ThroughputCapacity: 8, DeploymentType: 'SINGLE_AZ_2', CopyTagsToBackups: false }, Tags: [{ Key: 'Name', Value: `fsx-bad-${i}` }] }));
      await fsx.send(new CreateFileSystemCommand({ FileSystemType: 'OPENZFS', StorageCapacity: 64, SubnetIds: [privateA], OpenZFSConfiguration: { ThroughputCapacity: 64, DeploymentType: 'SINGLE_AZ_1', CopyTagsToBackups: true, CopyTagsToVolumes: true } }));
      await fsx.send(new CreateFileSystemCommand({ FileSystemType: 'OPENZFS', StorageCapacity: 64, SubnetIds: [privateA], OpenZFSConfiguration: { ThroughputCapacity: 64, DeploymentType: 'SINGLE_AZ_1', CopyTagsToBackups: false, CopyTagsToVolumes: false } }));

      // Neptune: one cluster in private subnets, one with a public subnet in its group.
      await neptune.send(new CreateDBClusterCommand({ DBClusterIdentifier: `graph-good-${i}`, Engine: 'neptune', DBSubnetGroupName: 'graph-private', StorageEncrypted: true, DeletionProtection: true, BackupRetentionPeriod: 7, CopyTagsToSnapshot: true }));
      await neptune.send(new CreateDBClusterCommand({ DBClusterIdentifier: `graph-bad-${i}`, Engine: 'neptune', DBSubnetGroupName: 'graph-public' }));
    }

    // S3 (bucket names are global: one set, in the first region): public and private object ACLs, and the
    // Glue assets bucket of this account claimed by the account itself.
    if (r === 0) {
      const loc = region === 'us-east-1' ? {} : { CreateBucketConfiguration: { LocationConstraint: region as never } };
      await s3.send(new CreateBucketCommand({ Bucket: `h-dms-objects-${ACCOUNT}`, ...loc }));
      await s3.send(new PutObjectCommand({ Bucket: `h-dms-objects-${ACCOUNT}`, Key: 'private/report.csv', Body: 'id,total\n' }));
      await s3.send(new PutObjectCommand({ Bucket: `h-dms-objects-${ACCOUNT}`, Key: 'shared/brochure.txt', Body: 'hello', ACL: 'public-read' }));
      await s3.send(new CreateBucketCommand({ Bucket: `aws-glue-assets-${ACCOUNT}-${region}`, ...loc }));
      const sts = new STSClient(c);
      const creds = (await sts.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::210987654321:role/squatter', RoleSessionName: 'seed' }))).Credentials!;
      const other = new S3Client({ ...c, credentials: { accessKeyId: creds.AccessKeyId!, secretAccessKey: creds.SecretAccessKey!, sessionToken: creds.SessionToken! } });
      await other.send(new CreateBucketCommand({ Bucket: `sagemaker-${region}-${ACCOUNT}`, ...loc }));
      other.destroy();
      sts.destroy();
    }
    for (const x of [ec2, dms, fsx, neptune, s3]) x.destroy();
  }
}
