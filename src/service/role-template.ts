/**
 * The cross-account role a customer deploys so that the service can scan their account: a trust policy
 * for the service's principal that requires the account's own external id, the AWS managed SecurityAudit
 * and ViewOnlyAccess policies, and a small inline policy of reads those two miss. No write permission.
 * Emitted as CloudFormation (YAML) and Terraform.
 */
import { stringify } from 'yaml';

/** Reads prowl's checks make that SecurityAudit and ViewOnlyAccess do not grant. Only Get/List/Describe. */
export const EXTRA_READ_ACTIONS = [
  'account:GetAlternateContact',
  'account:GetContactInformation',
  'appstream:DescribeFleets',
  'backup:GetBackupSelection',
  'backup:ListRecoveryPointsByBackupVault',
  'cognito-idp:GetUserPoolMfaConfig',
  'dlm:GetLifecyclePolicies',
  'drs:DescribeJobs',
  'ds:DescribeEventTopics',
  'ds:GetSnapshotLimits',
  'ds:ListCertificates',
  'ds:ListLogSubscriptions',
  'ec2:GetEbsEncryptionByDefault',
  'ec2:GetImageBlockPublicAccessState',
  'ec2:GetInstanceMetadataDefaults',
  'ec2:GetSnapshotBlockPublicAccessState',
  'ecr:BatchGetImage',
  'ecr:DescribeImageScanFindings',
  'ecr:GetDownloadUrlForLayer',
  'glue:GetConnections',
  'lambda:GetFunction',
  'lambda:GetLayerVersion',
  'macie2:GetAutomatedDiscoveryConfiguration',
  'macie2:GetMacieSession',
  's3:GetAccountPublicAccessBlock',
  'securityhub:GetEnabledStandards',
  'servicecatalog:DescribePortfolioShares',
  'ssm-incidents:ListReplicationSets',
  'ssm:GetDocument',
  'support:DescribeTrustedAdvisorCheckResult',
  'support:DescribeTrustedAdvisorChecks',
  'tag:GetResources',
  'wellarchitected:ListWorkloads',
] as const;

export interface RoleTemplateOptions {
  /** ARN of the identity the service scans from (its role or user). */
  servicePrincipalArn: string;
  externalId: string;
  roleName?: string;
  /** Hours a session may last (1 to 12). */
  maxSessionHours?: number;
}

const READ_VERB = /^[a-z0-9-]+:(Get|List|Describe|BatchGet)[A-Za-z0-9]*$/;

function trustPolicy(o: RoleTemplateOptions) {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ProwlServiceWithThisAccountsExternalId',
        Effect: 'Allow',
        Principal: { AWS: o.servicePrincipalArn },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': o.externalId } },
      },
    ],
  };
}

function readPolicy() {
  if (!EXTRA_READ_ACTIONS.every((a) => READ_VERB.test(a))) throw new Error('the role template may only grant reads');
  return { Version: '2012-10-17', Statement: [{ Sid: 'ReadsSecurityAuditMisses', Effect: 'Allow', Action: [...EXTRA_READ_ACTIONS], Resource: '*' }] };
}

export function cloudFormationTemplate(o: RoleTemplateOptions): string {
  const roleName = o.roleName ?? 'ProwlScanRole';
  const doc = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'Read-only role for prowl scans: SecurityAudit, ViewOnlyAccess and a few extra reads, assumable only with this account\'s external id.',
    Resources: {
      ProwlScanRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          RoleName: roleName,
          MaxSessionDuration: (o.maxSessionHours ?? 4) * 3600,
          AssumeRolePolicyDocument: trustPolicy(o),
          ManagedPolicyArns: [
            { 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/SecurityAudit' },
            { 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/job-function/ViewOnlyAccess' },
          ],
          Policies: [{ PolicyName: 'ProwlAdditionalReads', PolicyDocument: readPolicy() }],
          Tags: [{ Key: 'managed-by', Value: 'prowl' }],
        },
      },
    },
    Outputs: {
      RoleArn: { Description: 'Give this ARN to the prowl service', Value: { 'Fn::GetAtt': ['ProwlScanRole', 'Arn'] } },
    },
  };
  return stringify(doc, { lineWidth: 0 });
}

export function terraformTemplate(o: RoleTemplateOptions): string {
  const roleName = o.roleName ?? 'ProwlScanRole';
  const json = (v: unknown) => JSON.stringify(JSON.stringify(v, null, 2));
  return `# Read-only role for prowl scans, assumable only with this account's external id.
data "aws_partition" "current" {}

resource "aws_iam_role" "prowl_scan" {
  name                 = ${JSON.stringify(roleName)}
  max_session_duration = ${(o.maxSessionHours ?? 4) * 3600}
  assume_role_policy   = ${json(trustPolicy(o))}
  tags = { "managed-by" = "prowl" }
}

resource "aws_iam_role_policy_attachment" "security_audit" {
  role       = aws_iam_role.prowl_scan.name
  policy_arn = "arn:\${data.aws_partition.current.partition}:iam::aws:policy/SecurityAudit"
}

resource "aws_iam_role_policy_attachment" "view_only" {
  role       = aws_iam_role.prowl_scan.name
  policy_arn = "arn:\${data.aws_partition.current.partition}:iam::aws:policy/job-function/ViewOnlyAccess"
}

resource "aws_iam_role_policy" "additional_reads" {
  name   = "ProwlAdditionalReads"
  role   = aws_iam_role.prowl_scan.id
  policy = ${json(readPolicy())}
}

output "role_arn" {
  value = aws_iam_role.prowl_scan.arn
}
`;
}
