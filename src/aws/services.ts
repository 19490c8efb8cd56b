/**
 * The AWS services prowl reads, how to load each SDK client lazily, and the per-service scheduling
 * limits. Only type imports of the SDK appear here: a client's code is loaded the first time a
 * selected check needs it, so `-s s3` never pays for the EC2 client.
 */
import type { AccessAnalyzerClient } from '@aws-sdk/client-accessanalyzer';
import type { AccountClient } from '@aws-sdk/client-account';
import type { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayV2Client } from '@aws-sdk/client-apigatewayv2';
import type { CloudFrontClient } from '@aws-sdk/client-cloudfront';
import type { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { ConfigServiceClient } from '@aws-sdk/client-config-service';
import type { EC2Client } from '@aws-sdk/client-ec2';
import type { EFSClient } from '@aws-sdk/client-efs';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { GlacierClient } from '@aws-sdk/client-glacier';
import type { IAMClient } from '@aws-sdk/client-iam';
import type { KMSClient } from '@aws-sdk/client-kms';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { Macie2Client } from '@aws-sdk/client-macie2';
import type { OrganizationsClient } from '@aws-sdk/client-organizations';
import type { RDSClient } from '@aws-sdk/client-rds';
import type { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import type { S3Client } from '@aws-sdk/client-s3';
import type { S3ControlClient } from '@aws-sdk/client-s3-control';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { SecurityHubClient } from '@aws-sdk/client-securityhub';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { STSClient } from '@aws-sdk/client-sts';
import type { ACMPCAClient } from '@aws-sdk/client-acm-pca';
import type { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import type { AppStreamClient } from '@aws-sdk/client-appstream';
import type { AutoScalingClient } from '@aws-sdk/client-auto-scaling';
import type { BackupClient } from '@aws-sdk/client-backup';
import type { BatchClient } from '@aws-sdk/client-batch';
import type { CognitoIdentityClient } from '@aws-sdk/client-cognito-identity';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { DatabaseMigrationServiceClient } from '@aws-sdk/client-database-migration-service';
import type { DAXClient } from '@aws-sdk/client-dax';
import type { DirectoryServiceClient } from '@aws-sdk/client-directory-service';
import type { DLMClient } from '@aws-sdk/client-dlm';
import type { DocDBClient } from '@aws-sdk/client-docdb';
import type { DrsClient } from '@aws-sdk/client-drs';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ECRClient } from '@aws-sdk/client-ecr';
import type { ECSClient } from '@aws-sdk/client-ecs';
import type { EKSClient } from '@aws-sdk/client-eks';
import type { ElasticBeanstalkClient } from '@aws-sdk/client-elastic-beanstalk';
import type { ElastiCacheClient } from '@aws-sdk/client-elasticache';
import type { FMSClient } from '@aws-sdk/client-fms';
import type { FSxClient } from '@aws-sdk/client-fsx';
import type { GuardDutyClient } from '@aws-sdk/client-guardduty';
import type { Inspector2Client } from '@aws-sdk/client-inspector2';
import type { LightsailClient } from '@aws-sdk/client-lightsail';
import type { MemoryDBClient } from '@aws-sdk/client-memorydb';
import type { NeptuneClient } from '@aws-sdk/client-neptune';
import type { OpenSearchClient } from '@aws-sdk/client-opensearch';
import type { RedshiftClient } from '@aws-sdk/client-redshift';
import type { ResourceExplorer2Client } from '@aws-sdk/client-resource-explorer-2';
import type { RolesAnywhereClient } from '@aws-sdk/client-rolesanywhere';
import type { ServiceCatalogClient } from '@aws-sdk/client-service-catalog';
import type { SSMClient } from '@aws-sdk/client-ssm';
import type { SSMIncidentsClient } from '@aws-sdk/client-ssm-incidents';
import type { StorageGatewayClient } from '@aws-sdk/client-storage-gateway';
import type { SupportClient } from '@aws-sdk/client-support';
import type { WAFV2Client } from '@aws-sdk/client-wafv2';
import type { WellArchitectedClient } from '@aws-sdk/client-wellarchitected';
import type { WorkSpacesClient } from '@aws-sdk/client-workspaces';

export interface ServiceClients {
  accessanalyzer: AccessAnalyzerClient;
  account: AccountClient;
  apigateway: APIGatewayClient;
  apigatewayv2: ApiGatewayV2Client;
  cloudfront: CloudFrontClient;
  cloudtrail: CloudTrailClient;
  cloudwatch: CloudWatchClient;
  logs: CloudWatchLogsClient;
  config: ConfigServiceClient;
  ec2: EC2Client;
  efs: EFSClient;
  elbv2: ElasticLoadBalancingV2Client;
  events: EventBridgeClient;
  glacier: GlacierClient;
  iam: IAMClient;
  kms: KMSClient;
  lambda: LambdaClient;
  macie2: Macie2Client;
  organizations: OrganizationsClient;
  rds: RDSClient;
  s3: S3Client;
  s3control: S3ControlClient;
  secretsmanager: SecretsManagerClient;
  securityhub: SecurityHubClient;
  sns: SNSClient;
  sqs: SQSClient;
  sts: STSClient;
  tagging: ResourceGroupsTaggingAPIClient;
  acmpca: ACMPCAClient;
  applicationautoscaling: ApplicationAutoScalingClient;
  appstream: AppStreamClient;
  autoscaling: AutoScalingClient;
  backup: BackupClient;
  batch: BatchClient;
  cognitoidentity: CognitoIdentityClient;
  cognitoidp: CognitoIdentityProviderClient;
  dms: DatabaseMigrationServiceClient;
  dax: DAXClient;
  ds: DirectoryServiceClient;
  dlm: DLMClient;
  docdb: DocDBClient;
  drs: DrsClient;
  dynamodb: DynamoDBClient;
  ecr: ECRClient;
  ecs: ECSClient;
  eks: EKSClient;
  elasticbeanstalk: ElasticBeanstalkClient;
  elasticache: ElastiCacheClient;
  fms: FMSClient;
  fsx: FSxClient;
  guardduty: GuardDutyClient;
  inspector2: Inspector2Client;
  lightsail: LightsailClient;
  memorydb: MemoryDBClient;
  neptune: NeptuneClient;
  opensearch: OpenSearchClient;
  redshift: RedshiftClient;
  resourceexplorer2: ResourceExplorer2Client;
  rolesanywhere: RolesAnywhereClient;
  servicecatalog: ServiceCatalogClient;
  ssm: SSMClient;
  ssmincidents: SSMIncidentsClient;
  storagegateway: StorageGatewayClient;
  support: SupportClient;
  wafv2: WAFV2Client;
  wellarchitected: WellArchitectedClient;
  workspaces: WorkSpacesClient;
}

export type ServiceName = keyof ServiceClients;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctor = new (config: any) => any;

export interface ServiceSpec {
  load: () => Promise<Ctor>;
  /** Calls in flight at once for this service in one region. */
  concurrency: number;
  /** Optional rate cap: at most `intervalCap` calls started per `interval` ms for this service. */
  rate?: { intervalCap: number; interval: number };
  /** Per-operation rate caps where AWS documents a lower limit than the service's. */
  operationRates?: Record<string, { intervalCap: number; interval: number }>;
}

export const SERVICES: Record<ServiceName, ServiceSpec> = {
  accessanalyzer: { load: async () => (await import('@aws-sdk/client-accessanalyzer')).AccessAnalyzerClient, concurrency: 5 },
  account: { load: async () => (await import('@aws-sdk/client-account')).AccountClient, concurrency: 3, rate: { intervalCap: 10, interval: 1000 } },
  apigateway: { load: async () => (await import('@aws-sdk/client-api-gateway')).APIGatewayClient, concurrency: 5, rate: { intervalCap: 10, interval: 1000 } },
  apigatewayv2: { load: async () => (await import('@aws-sdk/client-apigatewayv2')).ApiGatewayV2Client, concurrency: 5, rate: { intervalCap: 10, interval: 1000 } },
  cloudfront: { load: async () => (await import('@aws-sdk/client-cloudfront')).CloudFrontClient, concurrency: 5 },
  // CloudTrail documents 10 TPS for its read APIs (LookupEvents: 2 TPS).
  cloudtrail: {
    load: async () => (await import('@aws-sdk/client-cloudtrail')).CloudTrailClient,
    concurrency: 5,
    rate: { intervalCap: 10, interval: 1000 },
    operationRates: { LookupEvents: { intervalCap: 2, interval: 1000 } },
  },
  cloudwatch: { load: async () => (await import('@aws-sdk/client-cloudwatch')).CloudWatchClient, concurrency: 10 },
  logs: { load: async () => (await import('@aws-sdk/client-cloudwatch-logs')).CloudWatchLogsClient, concurrency: 5 },
  config: { load: async () => (await import('@aws-sdk/client-config-service')).ConfigServiceClient, concurrency: 5 },
  // EC2 refills non-mutating buckets at 20 calls/s per API.
  ec2: { load: async () => (await import('@aws-sdk/client-ec2')).EC2Client, concurrency: 10, rate: { intervalCap: 20, interval: 1000 } },
  efs: { load: async () => (await import('@aws-sdk/client-efs')).EFSClient, concurrency: 5 },
  elbv2: { load: async () => (await import('@aws-sdk/client-elastic-load-balancing-v2')).ElasticLoadBalancingV2Client, concurrency: 5 },
  events: { load: async () => (await import('@aws-sdk/client-eventbridge')).EventBridgeClient, concurrency: 5 },
  glacier: { load: async () => (await import('@aws-sdk/client-glacier')).GlacierClient, concurrency: 5 },
  // IAM is global with one endpoint and no published TPS: keep it polite.
  iam: { load: async () => (await import('@aws-sdk/client-iam')).IAMClient, concurrency: 8, rate: { intervalCap: 20, interval: 1000 } },
  // KMS's request quotas for these reads are hundreds of calls a second or more per account and region (its
  // "Request quotas" page: DescribeKey is throttled past about a thousand a second), so 25 at a time is far
  // below them; the per-key calls (DescribeKey, then GetKeyPolicy) lead to the 2-a-second LookupEvents queue.
  kms: { load: async () => (await import('@aws-sdk/client-kms')).KMSClient, concurrency: 25 },
  // Lambda control-plane reads (other than GetFunction) are capped at 15/s.
  lambda: { load: async () => (await import('@aws-sdk/client-lambda')).LambdaClient, concurrency: 5, rate: { intervalCap: 15, interval: 1000 } },
  macie2: { load: async () => (await import('@aws-sdk/client-macie2')).Macie2Client, concurrency: 3 },
  organizations: { load: async () => (await import('@aws-sdk/client-organizations')).OrganizationsClient, concurrency: 3, rate: { intervalCap: 5, interval: 1000 } },
  rds: { load: async () => (await import('@aws-sdk/client-rds')).RDSClient, concurrency: 5 },
  s3: { load: async () => (await import('@aws-sdk/client-s3')).S3Client, concurrency: 25 },
  s3control: { load: async () => (await import('@aws-sdk/client-s3-control')).S3ControlClient, concurrency: 3 },
  secretsmanager: { load: async () => (await import('@aws-sdk/client-secrets-manager')).SecretsManagerClient, concurrency: 5 },
  securityhub: { load: async () => (await import('@aws-sdk/client-securityhub')).SecurityHubClient, concurrency: 3 },
  sns: { load: async () => (await import('@aws-sdk/client-sns')).SNSClient, concurrency: 10 },
  sqs: { load: async () => (await import('@aws-sdk/client-sqs')).SQSClient, concurrency: 10 },
  sts: { load: async () => (await import('@aws-sdk/client-sts')).STSClient, concurrency: 3 },
  // Resource Groups Tagging API: GetResources is throttled per account and region; one pagination at a time.
  tagging: { load: async () => (await import('@aws-sdk/client-resource-groups-tagging-api')).ResourceGroupsTaggingAPIClient, concurrency: 1, rate: { intervalCap: 5, interval: 1000 } },
  // Services of the breadth packages: a default of 5 calls in flight per region until a service documents a lower limit.
  acmpca: { load: async () => (await import('@aws-sdk/client-acm-pca')).ACMPCAClient, concurrency: 5 },
  applicationautoscaling: { load: async () => (await import('@aws-sdk/client-application-auto-scaling')).ApplicationAutoScalingClient, concurrency: 5 },
  appstream: { load: async () => (await import('@aws-sdk/client-appstream')).AppStreamClient, concurrency: 5 },
  autoscaling: { load: async () => (await import('@aws-sdk/client-auto-scaling')).AutoScalingClient, concurrency: 5 },
  backup: { load: async () => (await import('@aws-sdk/client-backup')).BackupClient, concurrency: 5 },
  batch: { load: async () => (await import('@aws-sdk/client-batch')).BatchClient, concurrency: 5 },
  cognitoidentity: { load: async () => (await import('@aws-sdk/client-cognito-identity')).CognitoIdentityClient, concurrency: 5 },
  cognitoidp: { load: async () => (await import('@aws-sdk/client-cognito-identity-provider')).CognitoIdentityProviderClient, concurrency: 5 },
  dms: { load: async () => (await import('@aws-sdk/client-database-migration-service')).DatabaseMigrationServiceClient, concurrency: 5 },
  dax: { load: async () => (await import('@aws-sdk/client-dax')).DAXClient, concurrency: 5 },
  ds: { load: async () => (await import('@aws-sdk/client-directory-service')).DirectoryServiceClient, concurrency: 5 },
  dlm: { load: async () => (await import('@aws-sdk/client-dlm')).DLMClient, concurrency: 5 },
  docdb: { load: async () => (await import('@aws-sdk/client-docdb')).DocDBClient, concurrency: 5 },
  drs: { load: async () => (await import('@aws-sdk/client-drs')).DrsClient, concurrency: 5 },
  dynamodb: { load: async () => (await import('@aws-sdk/client-dynamodb')).DynamoDBClient, concurrency: 5 },
  ecr: { load: async () => (await import('@aws-sdk/client-ecr')).ECRClient, concurrency: 5 },
  ecs: { load: async () => (await import('@aws-sdk/client-ecs')).ECSClient, concurrency: 5 },
  eks: { load: async () => (await import('@aws-sdk/client-eks')).EKSClient, concurrency: 5 },
  elasticbeanstalk: { load: async () => (await import('@aws-sdk/client-elastic-beanstalk')).ElasticBeanstalkClient, concurrency: 5 },
  elasticache: { load: async () => (await import('@aws-sdk/client-elasticache')).ElastiCacheClient, concurrency: 5 },
  fms: { load: async () => (await import('@aws-sdk/client-fms')).FMSClient, concurrency: 5 },
  fsx: { load: async () => (await import('@aws-sdk/client-fsx')).FSxClient, concurrency: 5 },
  guardduty: { load: async () => (await import('@aws-sdk/client-guardduty')).GuardDutyClient, concurrency: 5 },
  inspector2: { load: async () => (await import('@aws-sdk/client-inspector2')).Inspector2Client, concurrency: 5 },
  lightsail: { load: async () => (await import('@aws-sdk/client-lightsail')).LightsailClient, concurrency: 5 },
  memorydb: { load: async () => (await import('@aws-sdk/client-memorydb')).MemoryDBClient, concurrency: 5 },
  neptune: { load: async () => (await import('@aws-sdk/client-neptune')).NeptuneClient, concurrency: 5 },
  opensearch: { load: async () => (await import('@aws-sdk/client-opensearch')).OpenSearchClient, concurrency: 5 },
  redshift: { load: async () => (await import('@aws-sdk/client-redshift')).RedshiftClient, concurrency: 5 },
  resourceexplorer2: { load: async () => (await import('@aws-sdk/client-resource-explorer-2')).ResourceExplorer2Client, concurrency: 5 },
  rolesanywhere: { load: async () => (await import('@aws-sdk/client-rolesanywhere')).RolesAnywhereClient, concurrency: 5 },
  servicecatalog: { load: async () => (await import('@aws-sdk/client-service-catalog')).ServiceCatalogClient, concurrency: 5 },
  ssm: { load: async () => (await import('@aws-sdk/client-ssm')).SSMClient, concurrency: 5 },
  ssmincidents: { load: async () => (await import('@aws-sdk/client-ssm-incidents')).SSMIncidentsClient, concurrency: 5 },
  storagegateway: { load: async () => (await import('@aws-sdk/client-storage-gateway')).StorageGatewayClient, concurrency: 5 },
  support: { load: async () => (await import('@aws-sdk/client-support')).SupportClient, concurrency: 5 },
  wafv2: { load: async () => (await import('@aws-sdk/client-wafv2')).WAFV2Client, concurrency: 5 },
  wellarchitected: { load: async () => (await import('@aws-sdk/client-wellarchitected')).WellArchitectedClient, concurrency: 5 },
  workspaces: { load: async () => (await import('@aws-sdk/client-workspaces')).WorkSpacesClient, concurrency: 5 },
};

