/**
 * Seeds moto with compliant and non-compliant EC2, VPC, EKS, ECR and WorkSpaces resources for the EC2/EKS
 * checks of the breadth package and the checks of the h-compute branch: instances with and without IMDSv2
 * (private, and public with an Elastic IP and wide-open groups), EBS volumes encrypted or not with their
 * snapshots, security groups open and closed, Elastic IPs used and idle, launch templates, EKS clusters,
 * ECR repositories whose latest image is clean, vulnerable or never scanned, and a VPC laid out for
 * WorkSpaces (one public subnet, private subnets behind a NAT gateway). Fake secrets are assembled from
 * parts at run time. Every write goes to the emulator the config points at.
 */
import {
  AllocateAddressCommand,
  AssociateAddressCommand,
  AssociateRouteTableCommand,
  AttachInternetGatewayCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateInternetGatewayCommand,
  CreateLaunchTemplateCommand,
  CreateNatGatewayCommand,
  CreateRouteCommand,
  CreateRouteTableCommand,
  CreateSecurityGroupCommand,
  CreateSnapshotCommand,
  CreateSubnetCommand,
  CreateVolumeCommand,
  CreateVpcCommand,
  EC2Client,
  RunInstancesCommand,
} from '@aws-sdk/client-ec2';
import { CreateClusterCommand, EKSClient } from '@aws-sdk/client-eks';
import { CreateRepositoryCommand, ECRClient, PutImageCommand, StartImageScanCommand } from '@aws-sdk/client-ecr';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Cfg = any;

const fakePassword = () => 'Seed' + 'Pw' + '-' + 'q4R8' + 'm1Zt';
const AMI = 'ami-12c6146b';

/** A docker v2 manifest whose layer digest differs per `seed`, so every pushed image is distinct. */
const manifest = (seed: string) =>
  JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: 1000, digest: `sha256:${'c'.repeat(64)}` },
    layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: 100, digest: `sha256:${Buffer.from(seed).toString('hex').padEnd(64, '0').slice(0, 64)}` }],
  });

export async function seedHCompute(cfg: (region: string) => object, regions: string[], scale: number): Promise<void> {
  const n = Math.max(1, scale);
  for (const [r, region] of regions.entries()) {
    const c = cfg(region) as Cfg;
    const ec2 = new EC2Client(c);
    const eks = new EKSClient(c);
    const ecr = new ECRClient(c);
    const az = `${region}a`;
    const azB = `${region}b`;

    // A VPC laid out as AWS recommends for WorkSpaces: one public subnet (internet gateway, NAT gateway), private subnets behind the NAT.
    const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: `10.${100 + r}.0.0/16` }))).Vpc!.VpcId!;
    const igw = (await ec2.send(new CreateInternetGatewayCommand({}))).InternetGateway!.InternetGatewayId!;
    await ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: igw, VpcId: vpc }));
    const subnet = async (cidr: string, zone: string) => (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: cidr, AvailabilityZone: zone }))).Subnet!.SubnetId!;
    const pub = await subnet(`10.${100 + r}.0.0/24`, az);
    const privA = await subnet(`10.${100 + r}.1.0/24`, az);
    const privB = await subnet(`10.${100 + r}.2.0/24`, azB);
    const isolated = await subnet(`10.${100 + r}.3.0/24`, azB);
    const pubRt = (await ec2.send(new CreateRouteTableCommand({ VpcId: vpc }))).RouteTable!.RouteTableId!;
    await ec2.send(new CreateRouteCommand({ RouteTableId: pubRt, DestinationCidrBlock: '0.0.0.0/0', GatewayId: igw }));
    await ec2.send(new AssociateRouteTableCommand({ RouteTableId: pubRt, SubnetId: pub }));
    const natEip = (await ec2.send(new AllocateAddressCommand({ Domain: 'vpc' }))).AllocationId!;
    const nat = (await ec2.send(new CreateNatGatewayCommand({ SubnetId: pub, AllocationId: natEip }))).NatGateway!.NatGatewayId!;
    const privRt = (await ec2.send(new CreateRouteTableCommand({ VpcId: vpc }))).RouteTable!.RouteTableId!;
    await ec2.send(new CreateRouteCommand({ RouteTableId: privRt, DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: nat }));
    for (const s of [privA, privB]) await ec2.send(new AssociateRouteTableCommand({ RouteTableId: privRt, SubnetId: s }));
    void isolated; // served by the main route table: private, without a NAT route

    // Security groups: one open to the internet (SSH, a vsock-proxy range, RDP over IPv6), one closed.
    const open = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'hc-open', Description: 'open to the internet', VpcId: vpc }))).GroupId!;
    await ec2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: open,
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
          { IpProtocol: 'tcp', FromPort: 8000, ToPort: 8010, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
          { IpProtocol: 'tcp', FromPort: 3389, ToPort: 3389, Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
        ],
      }),
    );
    const closed = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'hc-closed', Description: 'internal only', VpcId: vpc }))).GroupId!;
    await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: closed, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }] }));

    for (let i = 0; i < n; i++) {
      // Instances: a private one with IMDSv2 required and detailed monitoring; a public one with IMDSv1, an Elastic IP and the open group.
      await ec2.send(
        new RunInstancesCommand({ ImageId: AMI, MinCount: 1, MaxCount: 1, InstanceType: 't3.micro', SubnetId: privA, SecurityGroupIds: [closed], MetadataOptions: { HttpTokens: 'required' }, Monitoring: { Enabled: true }, TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: `hc-private-${i}` }] }] }),
      );
      const exposed = (
        await ec2.send(
          new RunInstancesCommand({
            ImageId: AMI, MinCount: 1, MaxCount: 1, InstanceType: 't3.micro', SubnetId: pub, SecurityGroupIds: [open], MetadataOptions: { HttpTokens: 'optional' },
            UserData: Buffer.from(`#!/bin/bash\nexport DB_PASSWORD='${fakePassword()}'\n`).toString('base64'),
            TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: `hc-public-${i}` }] }],
          }),
        )
      ).Instances![0].InstanceId!;
      const eip = (await ec2.send(new AllocateAddressCommand({ Domain: 'vpc' }))).AllocationId!;
      await ec2.send(new AssociateAddressCommand({ AllocationId: eip, InstanceId: exposed }));
      await ec2.send(new AllocateAddressCommand({ Domain: 'vpc' })); // idle

      // EBS: an encrypted volume with an encrypted snapshot, an unencrypted one with an unencrypted snapshot.
      const enc = (await ec2.send(new CreateVolumeCommand({ AvailabilityZone: az, Size: 8, Encrypted: true }))).VolumeId!;
      const plain = (await ec2.send(new CreateVolumeCommand({ AvailabilityZone: az, Size: 8 }))).VolumeId!;
      await ec2.send(new CreateSnapshotCommand({ VolumeId: enc, Description: `hc encrypted ${i}` }));
      await ec2.send(new CreateSnapshotCommand({ VolumeId: plain, Description: `hc plain ${i}` }));

      // Launch templates: IMDSv2 and no public address; IMDSv1 with a public address and a secret in the user data.
      await ec2.send(new CreateLaunchTemplateCommand({ LaunchTemplateName: `hc-good-${region}-${i}`, LaunchTemplateData: { ImageId: AMI, InstanceType: 't3.micro', MetadataOptions: { HttpTokens: 'required' }, SecurityGroupIds: [closed] } }));
      await ec2.send(
        new CreateLaunchTemplateCommand({
          LaunchTemplateName: `hc-bad-${region}-${i}`,
          LaunchTemplateData: {
            ImageId: AMI, InstanceType: 't3.micro', MetadataOptions: { HttpTokens: 'optional' },
            NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: true, SubnetId: pub, Groups: [open] }],
            UserData: Buffer.from(`#!/bin/bash\necho "password=${fakePassword()}" > /etc/app.conf\n`).toString('base64'),
          },
        }),
      );

      // EKS: a private, encrypted, fully logged cluster and a public one without any of it.
      await eks.send(
        new CreateClusterCommand({
          name: `hc-private-${i}`, version: '1.33', roleArn: 'arn:aws:iam::123456789012:role/eks',
          resourcesVpcConfig: { subnetIds: [privA, privB], endpointPublicAccess: false, endpointPrivateAccess: true },
          encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: `arn:aws:kms:${region}:123456789012:key/hc-${i}` } }],
          logging: { clusterLogging: [{ types: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'], enabled: true }] },
        }),
      );
      await eks.send(
        new CreateClusterCommand({
          name: `hc-public-${i}`, version: '1.24', roleArn: 'arn:aws:iam::123456789012:role/eks',
          resourcesVpcConfig: { subnetIds: [pub, privA], endpointPublicAccess: true, endpointPrivateAccess: false, publicAccessCidrs: ['0.0.0.0/0'] },
        }),
      );

      // ECR: the latest image scanned (moto reports one HIGH finding), scanned clean (a result registered through
      // moto's API), and never scanned.
      const endpoint = (c as { endpoint?: string }).endpoint;
      if (endpoint) {
        const clean = { repositoryName: `hc-clean-${i}`, imageId: {}, imageScanStatus: { status: 'COMPLETE', description: 'seeded' }, imageScanFindings: { findings: [], findingSeverityCounts: { LOW: 1 } } };
        await fetch(`${endpoint}/moto-api/static/ecr/scan-finding-results`, { method: 'POST', body: JSON.stringify({ results: [clean], region }) }).catch(() => undefined);
      }
      for (const [name, scan] of [[`hc-scanned-${i}`, true], [`hc-clean-${i}`, true], [`hc-unscanned-${i}`, false]] as const) {
        await ecr.send(new CreateRepositoryCommand({ repositoryName: name, imageScanningConfiguration: { scanOnPush: scan }, imageTagMutability: scan ? 'IMMUTABLE' : 'MUTABLE' }));
        await ecr.send(new PutImageCommand({ repositoryName: name, imageTag: 'v1', imageManifest: manifest(`${region}-${name}`) }));
        if (scan) await ecr.send(new StartImageScanCommand({ repositoryName: name, imageId: { imageTag: 'v1' } }));
      }
    }
    ec2.destroy();
    eks.destroy();
    ecr.destroy();
  }
}
