/**
 * Seeds an emulated AWS account (moto) with a realistic mix of compliant and non-compliant resources
 * across several regions. Used by the demo generator (small), the end-to-end tests and the benchmark
 * (large). Every write here goes to the emulator given as `endpoint`, never to AWS.
 */
import { IAMClient, CreateUserCommand, CreateAccessKeyCommand, CreateLoginProfileCommand, CreateRoleCommand, CreatePolicyCommand,
  AttachUserPolicyCommand, AttachRolePolicyCommand, UpdateAccountPasswordPolicyCommand, CreateGroupCommand, AddUserToGroupCommand,
  PutUserPolicyCommand, CreateVirtualMFADeviceCommand, EnableMFADeviceCommand } from '@aws-sdk/client-iam';
import { S3Client, CreateBucketCommand, PutBucketPolicyCommand, PutBucketEncryptionCommand, PutPublicAccessBlockCommand,
  PutBucketVersioningCommand, PutBucketLoggingCommand, PutBucketTaggingCommand } from '@aws-sdk/client-s3';
import { EC2Client, CreateSecurityGroupCommand, AuthorizeSecurityGroupIngressCommand, CreateVpcCommand, CreateFlowLogsCommand,
  DescribeVpcsCommand, CreateNetworkAclCommand, CreateNetworkAclEntryCommand, EnableEbsEncryptionByDefaultCommand, CreateVolumeCommand,
  RunInstancesCommand, CreateSubnetCommand } from '@aws-sdk/client-ec2';
import { CloudTrailClient, CreateTrailCommand, StartLoggingCommand, PutEventSelectorsCommand } from '@aws-sdk/client-cloudtrail';
import { CloudWatchLogsClient, CreateLogGroupCommand, PutMetricFilterCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CloudWatchClient, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { SNSClient, CreateTopicCommand, SetTopicAttributesCommand, SubscribeCommand } from '@aws-sdk/client-sns';
import { SQSClient, CreateQueueCommand, SetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { KMSClient, CreateKeyCommand, EnableKeyRotationCommand } from '@aws-sdk/client-kms';
import { ConfigServiceClient, PutConfigurationRecorderCommand, PutDeliveryChannelCommand, StartConfigurationRecorderCommand } from '@aws-sdk/client-config-service';
import { RDSClient, CreateDBInstanceCommand } from '@aws-sdk/client-rds';
import { SecretsManagerClient, CreateSecretCommand, PutResourcePolicyCommand } from '@aws-sdk/client-secrets-manager';
import { EFSClient, CreateFileSystemCommand } from '@aws-sdk/client-efs';
import { LambdaClient, CreateFunctionCommand, AddPermissionCommand } from '@aws-sdk/client-lambda';
import { GlacierClient, CreateVaultCommand } from '@aws-sdk/client-glacier';
import { ElasticLoadBalancingV2Client, CreateLoadBalancerCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { APIGatewayClient, CreateRestApiCommand, GetResourcesCommand, PutMethodCommand, PutIntegrationCommand, CreateDeploymentCommand } from '@aws-sdk/client-api-gateway';
import { ApiGatewayV2Client, CreateApiCommand, CreateStageCommand } from '@aws-sdk/client-apigatewayv2';
import { EventBridgeClient, CreateEventBusCommand, PutPermissionCommand } from '@aws-sdk/client-eventbridge';
import { CloudFrontClient, CreateDistributionCommand } from '@aws-sdk/client-cloudfront';
import PQueue from 'p-queue';
import { seedWp1Compute } from './seeds/wp1-compute.js';
import { seedHBackup } from './seeds/h-backup.js';
import { seedHDms } from './seeds/h-dms.js';
import { seedHEfs } from './seeds/h-efs.js';
import { seedHIdent1 } from './seeds/h-ident1.js';
import { seedHIdent2 } from './seeds/h-ident2.js';
import { seedHCompute } from './seeds/h-compute.js';

export interface SeedOptions {
  endpoint: string;
  regions: string[];
  /** 1 = demo-sized; the benchmark uses ~20 (hundreds of users, 1,000+ security groups). */
  scale: number;
  log?: (msg: string) => void;
  /** Credentials to seed with (moto with IAM enforcement needs a real user's keys). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export interface SeedReport {
  users: number;
  roles: number;
  policies: number;
  buckets: number;
  securityGroups: number;
  keys: number;
  trails: number;
  logGroups: number;
  metricFilters: number;
}

const ACCOUNT = '123456789012';

/** Run fn(0) ... fn(n - 1), four at a time (moto is one process: a few requests in flight is fastest). */
async function times(n: number, fn: (i: number) => Promise<unknown>): Promise<void> {
  await new PQueue({ concurrency: 4 }).addAll(Array.from({ length: n }, (_, i) => () => fn(i)));
}

export async function seed(opts: SeedOptions): Promise<SeedReport> {
  const log = opts.log ?? (() => undefined);
  const cfg = (region: string) => ({
    region,
    endpoint: opts.endpoint,
    forcePathStyle: true,
    credentials: opts.credentials ?? { accessKeyId: 'testing', secretAccessKey: 'testing' },
  });
  const [home, ...others] = opts.regions;
  const s = Math.max(1, opts.scale);
  const report: SeedReport = { users: 0, roles: 0, policies: 0, buckets: 0, securityGroups: 0, keys: 0, trails: 0, logGroups: 0, metricFilters: 0 };

  // ---- IAM (global)
  const iam = new IAMClient(cfg(home));
  await iam.send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 8, RequireNumbers: true, PasswordReusePrevention: 5 }));
  await iam.send(new CreateGroupCommand({ GroupName: 'developers' }));
  const adminPolicy = await iam.send(new CreatePolicyCommand({
    PolicyName: 'legacy-full-admin',
    PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }),
  }));
  const readPolicy = await iam.send(new CreatePolicyCommand({
    PolicyName: 'read-reports',
    PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::reports/*' }] }),
  }));
  report.policies += 2;
  await times(10 * s, async (i) => {
    await iam.send(new CreatePolicyCommand({
      PolicyName: `app-policy-${i}`,
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: `arn:aws:sqs:*:${ACCOUNT}:app-${i}` }] }),
    }));
    report.policies++;
  });
  await times(15 * s, async (i) => {
    const UserName = `user-${String(i).padStart(4, '0')}`;
    await iam.send(new CreateUserCommand({ UserName, Tags: [{ Key: 'team', Value: i % 2 ? 'payments' : 'platform' }] }));
    if (i % 3 === 0) await iam.send(new CreateLoginProfileCommand({ UserName, Password: `Demo-Passw0rd-${i}!x` }));
    if (i % 4 === 1) await iam.send(new CreateAccessKeyCommand({ UserName }));
    if (i % 8 === 1) await iam.send(new CreateAccessKeyCommand({ UserName }));
    if (i % 5 === 0) await iam.send(new AttachUserPolicyCommand({ UserName, PolicyArn: readPolicy.Policy!.Arn! }));
    else await iam.send(new AddUserToGroupCommand({ GroupName: 'developers', UserName }));
    if (i % 6 === 0) {
      const mfa = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: `${UserName}-mfa` }));
      await iam.send(new EnableMFADeviceCommand({ UserName, SerialNumber: mfa.VirtualMFADevice!.SerialNumber!, AuthenticationCode1: '123456', AuthenticationCode2: '654321' }));
    }
    if (i === 7) await iam.send(new PutUserPolicyCommand({ UserName, PolicyName: 'inline-extra', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }] }) }));
    report.users++;
  });
  const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
  await times(8 * s, async (i) => {
    await iam.send(new CreateRoleCommand({ RoleName: `service-role-${i}`, AssumeRolePolicyDocument: trust }));
    if (i === 0) await iam.send(new AttachRolePolicyCommand({ RoleName: `service-role-${i}`, PolicyArn: adminPolicy.Policy!.Arn! }));
    report.roles++;
  });
  await iam.send(new CreateRoleCommand({
    RoleName: 'support-team',
    AssumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' }] }),
  }));
  await iam.send(new AttachRolePolicyCommand({ RoleName: 'support-team', PolicyArn: 'arn:aws:iam::aws:policy/AWSSupportAccess' }));
  report.roles++;
  log(`iam: ${report.users} users, ${report.roles} roles, ${report.policies} policies`);

  // ---- S3 (buckets spread over the regions)
  const s3home = new S3Client(cfg(home));
  const logBucket = 'demo-access-logs-' + ACCOUNT;
  await s3home.send(new CreateBucketCommand({ Bucket: logBucket, ACL: 'log-delivery-write' as never }));
  const trailBucket = 'demo-cloudtrail-' + ACCOUNT;
  await s3home.send(new CreateBucketCommand({ Bucket: trailBucket }));
  await s3home.send(new PutBucketPolicyCommand({
    Bucket: trailBucket,
    Policy: JSON.stringify({ Version: '2012-10-17', Statement: [
      { Sid: 'TrailWrite', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Resource: `arn:aws:s3:::${trailBucket}/*` },
      { Sid: 'TLSOnly', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [`arn:aws:s3:::${trailBucket}`, `arn:aws:s3:::${trailBucket}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
    ] }),
  }));
  await s3home.send(new PutBucketLoggingCommand({ Bucket: trailBucket, BucketLoggingStatus: { LoggingEnabled: { TargetBucket: logBucket, TargetPrefix: 'trail/' } } }));
  report.buckets += 2;
  await times(15 * s, async (i) => {
    const region = opts.regions[i % opts.regions.length];
    const client = new S3Client(cfg(region));
    const Bucket = `demo-data-${i}-${region}`;
    await client.send(new CreateBucketCommand({ Bucket, ...(region === 'us-east-1' ? {} : { CreateBucketConfiguration: { LocationConstraint: region as never } }) }));
    await client.send(new PutBucketTaggingCommand({ Bucket, Tagging: { TagSet: [{ Key: 'env', Value: i % 2 ? 'prod' : 'dev' }] } }));
    if (i % 2 === 0) await client.send(new PutBucketEncryptionCommand({ Bucket, ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }] } }));
    if (i % 3 === 0) await client.send(new PutPublicAccessBlockCommand({ Bucket, PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } }));
    if (i % 4 === 0) await client.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }));
    if (i % 5 === 1) {
      await client.send(new PutBucketPolicyCommand({ Bucket, Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: ['s3:GetObject', 's3:PutObject'], Resource: `arn:aws:s3:::${Bucket}/*` }] }) }));
    }
    client.destroy();
    report.buckets++;
  });
  log(`s3: ${report.buckets} buckets`);

  // ---- Regional resources
  for (const region of opts.regions) {
    const isHome = region === home;
    const ec2 = new EC2Client(cfg(region));
    const { Vpcs = [] } = await ec2.send(new DescribeVpcsCommand({}));
    const defaultVpc = Vpcs.find((v) => v.IsDefault)?.VpcId;
    const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.20.0.0/16' }));
    const vpcId = vpc.Vpc!.VpcId!;
    if (isHome) await ec2.send(new CreateFlowLogsCommand({ ResourceIds: [vpcId], ResourceType: 'VPC', TrafficType: 'ALL', LogDestinationType: 's3', LogDestination: `arn:aws:s3:::${logBucket}` }));
    const subnet = await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.20.1.0/24' }));
    const nacl = await ec2.send(new CreateNetworkAclCommand({ VpcId: vpcId }));
    await ec2.send(new CreateNetworkAclEntryCommand({ NetworkAclId: nacl.NetworkAcl!.NetworkAclId!, RuleNumber: 100, Protocol: '6', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 22, To: 22 } }));
    if (others.length === 0 || region !== others[others.length - 1]) await ec2.send(new EnableEbsEncryptionByDefaultCommand({}));
    const sgIds: string[] = [];
    const sgCount = Math.ceil((60 * s) / opts.regions.length);
    await times(sgCount, async (i) => {
      const sg = await ec2.send(new CreateSecurityGroupCommand({ GroupName: `app-sg-${i}`, Description: `application tier ${i}`, VpcId: i % 2 ? vpcId : defaultVpc }));
      sgIds.push(sg.GroupId!);
      const open = i % 7 === 0 ? 22 : i % 11 === 0 ? 3389 : i % 13 === 0 ? 445 : 443;
      await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: sg.GroupId!, IpPermissions: [{ IpProtocol: 'tcp', FromPort: open, ToPort: open, IpRanges: [{ CidrIp: open === 443 ? '10.0.0.0/8' : '0.0.0.0/0' }] }] }));
      report.securityGroups++;
    });
    await ec2.send(new CreateVolumeCommand({ AvailabilityZone: `${region}a`, Size: 8, Encrypted: false }));
    await ec2.send(new CreateVolumeCommand({ AvailabilityZone: `${region}a`, Size: 8, Encrypted: true }));
    await ec2.send(new RunInstancesCommand({
      ImageId: 'ami-12c6146b', MinCount: 1, MaxCount: 1, InstanceType: 't3.micro', SubnetId: subnet.Subnet!.SubnetId!,
      SecurityGroupIds: sgIds.slice(0, 1), MetadataOptions: { HttpTokens: isHome ? 'required' : 'optional' },
    }));
    ec2.destroy();

    // KMS: some keys rotate, some do not.
    const kms = new KMSClient(cfg(region));
    await times(Math.ceil((4 * s) / opts.regions.length), async (i) => {
      const key = await kms.send(new CreateKeyCommand({ Description: `demo key ${i}` }));
      if (i % 2 === 0) await kms.send(new EnableKeyRotationCommand({ KeyId: key.KeyMetadata!.KeyId! }));
      report.keys++;
    });
    kms.destroy();

    // Monitoring: CloudTrail to a log group with some CIS metric filters and alarms (home region only).
    const logs = new CloudWatchLogsClient(cfg(region));
    const lgName = `/demo/app-${region}`;
    await logs.send(new CreateLogGroupCommand({ logGroupName: lgName }));
    report.logGroups++;
    await times(Math.ceil((4 * s) / opts.regions.length), async (i) => {
      await logs.send(new CreateLogGroupCommand({ logGroupName: `/aws/lambda/demo-fn-${i}` }));
      report.logGroups++;
    });
    if (isHome) {
      const trailLg = 'cloudtrail/demo';
      await logs.send(new CreateLogGroupCommand({ logGroupName: trailLg }));
      report.logGroups++;
      const sns = new SNSClient(cfg(region));
      const topic = await sns.send(new CreateTopicCommand({ Name: 'security-alarms' }));
      await sns.send(new SubscribeCommand({ TopicArn: topic.TopicArn!, Protocol: 'email', Endpoint: 'secops@example.com' }));
      const filters: Array<[string, string]> = [
        ['UnauthorizedAPICalls', '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }'],
        ['RootUsage', '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }'],
        ['ConsoleSigninWithoutMFA', '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }'],
      ];
      const cw = new CloudWatchClient(cfg(region));
      for (const [name, pattern] of filters) {
        await logs.send(new PutMetricFilterCommand({ logGroupName: trailLg, filterName: name, filterPattern: pattern, metricTransformations: [{ metricName: name, metricNamespace: 'CISBenchmark', metricValue: '1' }] }));
        await cw.send(new PutMetricAlarmCommand({ AlarmName: `${name}-alarm`, MetricName: name, Namespace: 'CISBenchmark', Statistic: 'Sum', Period: 300, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold', AlarmActions: [topic.TopicArn!] }));
        report.metricFilters++;
      }
      await times(Math.max(0, 2 * s - 3), async (i) => {
        await logs.send(new PutMetricFilterCommand({ logGroupName: lgName, filterName: `app-errors-${i}`, filterPattern: '"ERROR"', metricTransformations: [{ metricName: `AppErrors${i}`, metricNamespace: 'App', metricValue: '1' }] }));
        report.metricFilters++;
      });
      cw.destroy();
      // A public topic, as a mistake to find.
      const open = await sns.send(new CreateTopicCommand({ Name: 'public-notifications' }));
      await sns.send(new SetTopicAttributesCommand({ TopicArn: open.TopicArn!, AttributeName: 'Policy', AttributeValue: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'SNS:Publish', Resource: open.TopicArn }] }) }));
      sns.destroy();

      const ct = new CloudTrailClient(cfg(region));
      await ct.send(new CreateTrailCommand({
        Name: 'org-audit', S3BucketName: trailBucket, IsMultiRegionTrail: true, EnableLogFileValidation: true,
        CloudWatchLogsLogGroupArn: `arn:aws:logs:${region}:${ACCOUNT}:log-group:${trailLg}:*`, CloudWatchLogsRoleArn: `arn:aws:iam::${ACCOUNT}:role/service-role-1`,
      }));
      await ct.send(new StartLoggingCommand({ Name: 'org-audit' }));
      await ct.send(new PutEventSelectorsCommand({ TrailName: 'org-audit', EventSelectors: [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] }] }));
      ct.destroy();
      report.trails++;

      const config = new ConfigServiceClient(cfg(region));
      await config.send(new PutConfigurationRecorderCommand({ ConfigurationRecorder: { name: 'default', roleARN: `arn:aws:iam::${ACCOUNT}:role/service-role-2`, recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } } }));
      await config.send(new PutDeliveryChannelCommand({ DeliveryChannel: { name: 'default', s3BucketName: logBucket } }));
      await config.send(new StartConfigurationRecorderCommand({ ConfigurationRecorderName: 'default' }));
      config.destroy();
    } else {
      // A single-region trail without validation or encryption in another region.
      const ct = new CloudTrailClient(cfg(region));
      await ct.send(new CreateTrailCommand({ Name: `local-${region}`, S3BucketName: trailBucket }));
      ct.destroy();
      report.trails++;
    }
    logs.destroy();

    // Queues: one public, one private.
    const sqs = new SQSClient(cfg(region));
    const q = await sqs.send(new CreateQueueCommand({ QueueName: `orders-${region}` }));
    if (isHome) {
      await sqs.send(new SetQueueAttributesCommand({ QueueUrl: q.QueueUrl!, Attributes: { Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: `arn:aws:sqs:${region}:${ACCOUNT}:orders-${region}` }] }) } }));
    }
    sqs.destroy();

    // Secrets: one with a cross-account public policy in home.
    const sm = new SecretsManagerClient(cfg(region));
    const secret = await sm.send(new CreateSecretCommand({ Name: `db-password-${region}`, SecretString: 'not-a-real-secret' }));
    if (isHome) await sm.send(new PutResourcePolicyCommand({ SecretId: secret.ARN!, ResourcePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'secretsmanager:GetSecretValue', Resource: '*' }] }) }));
    sm.destroy();

    // Databases and file systems.
    const rds = new RDSClient(cfg(region));
    await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: `orders-db-${region}`, Engine: 'postgres', DBInstanceClass: 'db.t3.micro', AllocatedStorage: 20, MasterUsername: 'app', MasterUserPassword: 'not-a-real-password', StorageEncrypted: isHome, MultiAZ: isHome, PubliclyAccessible: !isHome, AutoMinorVersionUpgrade: isHome }));
    rds.destroy();
    const efs = new EFSClient(cfg(region));
    await efs.send(new CreateFileSystemCommand({ CreationToken: `shared-${region}`, Encrypted: isHome }));
    efs.destroy();

    if (isHome) await seedEdgeServices(cfg, region, vpcId, subnet.Subnet!.SubnetId!, logBucket);
    log(`${region}: done`);
  }
  iam.destroy();
  s3home.destroy();
  // Compute services of the breadth package (Lambda, ECR, Auto Scaling, ECS, Batch): compliant and not.
  await seedWp1Compute(cfg, opts.regions, s);
  await seedHBackup(cfg, opts.regions, s);
  await seedHDms(cfg, opts.regions, s);
  await seedHEfs(cfg, opts.regions, s);
  await seedHIdent1(cfg, opts.regions, s);
  await seedHIdent2(cfg, opts.regions, s);
  await seedHCompute(cfg, opts.regions, s);
  return report;
}

/** Functions, vaults, load balancers, APIs, an event bus and a CDN distribution (home region). */
async function seedEdgeServices(
  cfg: (region: string) => Record<string, unknown>,
  region: string,
  vpcId: string,
  subnetA: string,
  logBucket: string,
): Promise<void> {
  const lambda = new LambdaClient(cfg(region));
  for (const name of ['orders-api', 'public-webhook']) {
    await lambda.send(new CreateFunctionCommand({
      FunctionName: name, Runtime: 'python3.12', Handler: 'app.handler', Role: `arn:aws:iam::${ACCOUNT}:role/service-role-3`,
      Code: { ZipFile: new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]) },
    }));
  }
  await lambda.send(new AddPermissionCommand({ FunctionName: 'public-webhook', StatementId: 'anyone', Action: 'lambda:InvokeFunction', Principal: '*' }));
  lambda.destroy();

  const glacier = new GlacierClient(cfg(region));
  await glacier.send(new CreateVaultCommand({ accountId: '-', vaultName: 'audit-archive' }));
  glacier.destroy();

  const ec2 = new EC2Client(cfg(region));
  const subnetB = await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.20.2.0/24', AvailabilityZone: `${region}b` }));
  ec2.destroy();
  const elb = new ElasticLoadBalancingV2Client(cfg(region));
  await elb.send(new CreateLoadBalancerCommand({ Name: 'web-alb', Subnets: [subnetA, subnetB.Subnet!.SubnetId!], Scheme: 'internet-facing', Type: 'application' }));
  elb.destroy();

  const apigw = new APIGatewayClient(cfg(region));
  const api = await apigw.send(new CreateRestApiCommand({ name: 'orders' }));
  const { items = [] } = await apigw.send(new GetResourcesCommand({ restApiId: api.id! }));
  const root = items.find((r) => r.path === '/')!.id!;
  await apigw.send(new PutMethodCommand({ restApiId: api.id!, resourceId: root, httpMethod: 'GET', authorizationType: 'NONE' }));
  await apigw.send(new PutIntegrationCommand({ restApiId: api.id!, resourceId: root, httpMethod: 'GET', type: 'MOCK' }));
  await apigw.send(new CreateDeploymentCommand({ restApiId: api.id!, stageName: 'prod' }));
  apigw.destroy();
  const apigw2 = new ApiGatewayV2Client(cfg(region));
  const http = await apigw2.send(new CreateApiCommand({ Name: 'events', ProtocolType: 'HTTP' }));
  await apigw2.send(new CreateStageCommand({ ApiId: http.ApiId!, StageName: '$default' }));
  apigw2.destroy();

  const events = new EventBridgeClient(cfg(region));
  await events.send(new CreateEventBusCommand({ Name: 'partner-events' }));
  await events.send(new PutPermissionCommand({ EventBusName: 'partner-events', Action: 'events:PutEvents', Principal: '*', StatementId: 'everyone' }));
  events.destroy();

  const cf = new CloudFrontClient(cfg('us-east-1'));
  await cf.send(new CreateDistributionCommand({ DistributionConfig: {
    CallerReference: 'demo-site', Comment: 'marketing site', Enabled: true,
    Origins: { Quantity: 1, Items: [{ Id: 'site', DomainName: `${logBucket}.s3.amazonaws.com`, S3OriginConfig: { OriginAccessIdentity: '' } }] },
    DefaultCacheBehavior: { TargetOriginId: 'site', ViewerProtocolPolicy: 'redirect-to-https', ForwardedValues: { QueryString: false, Cookies: { Forward: 'none' } }, MinTTL: 0, TrustedSigners: { Enabled: false, Quantity: 0 } },
  } }));
  cf.destroy();
}
