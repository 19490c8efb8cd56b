/**
 * prowl's public API for custom checks (`-x/--checks-folder`): define a check over the facts prowl
 * collects, exactly as the built-in checks do. Each service's facts are exported under the service name.
 */
export { defineCheck, type Check, type CheckMetadata, type EvalContext, type Params } from './core/check.js';
export { defineFact, type Fact, type CollectContext } from './core/fact.js';
export type { Finding, ResourceRef, Result, CallError, Severity, Status } from './core/types.js';

export * as accessanalyzer from './services/accessanalyzer/collectors.js';
export * as account from './services/account/collectors.js';
export * as apigateway from './services/apigateway/collectors.js';
export * as apigatewayv2 from './services/apigatewayv2/collectors.js';
export * as awslambda from './services/awslambda/collectors.js';
export * as cloudfront from './services/cloudfront/collectors.js';
export * as cloudtrail from './services/cloudtrail/collectors.js';
export * as cloudwatch from './services/cloudwatch/collectors.js';
export * as config from './services/config/collectors.js';
export * as ec2 from './services/ec2/collectors.js';
export * as efs from './services/efs/collectors.js';
export * as elbv2 from './services/elbv2/collectors.js';
export * as eventbridge from './services/eventbridge/collectors.js';
export * as glacier from './services/glacier/collectors.js';
export * as iam from './services/iam/collectors.js';
export * as kms from './services/kms/collectors.js';
export * as macie from './services/macie/collectors.js';
export * as organizations from './services/organizations/collectors.js';
export * as rds from './services/rds/collectors.js';
export * as s3 from './services/s3/collectors.js';
export * as secretsmanager from './services/secretsmanager/collectors.js';
export * as securityhub from './services/securityhub/collectors.js';
export * as sns from './services/sns/collectors.js';
export * as sqs from './services/sqs/collectors.js';
export * as vpc from './services/vpc/collectors.js';
export * as autoscaling from './services/autoscaling/collectors.js';
export * as batch from './services/batch/collectors.js';
export * as cognito from './services/cognito/collectors.js';
export * as documentdb from './services/documentdb/collectors.js';
export * as dynamodb from './services/dynamodb/collectors.js';
export * as ecr from './services/ecr/collectors.js';
export * as ecs from './services/ecs/collectors.js';
export * as eks from './services/eks/collectors.js';
export * as guardduty from './services/guardduty/collectors.js';
export * as lightsail from './services/lightsail/collectors.js';
export * as memorydb from './services/memorydb/collectors.js';
export * as neptune from './services/neptune/collectors.js';
export * as opensearch from './services/opensearch/collectors.js';
export * as redshift from './services/redshift/collectors.js';
export * as resourceexplorer2 from './services/resourceexplorer2/collectors.js';
export * as ssm from './services/ssm/collectors.js';
export * as ssmincidents from './services/ssmincidents/collectors.js';
export * as tagging from './services/tagging/collectors.js';
export * as trustedadvisor from './services/trustedadvisor/collectors.js';
export * as wellarchitected from './services/wellarchitected/collectors.js';
export * as workspaces from './services/workspaces/collectors.js';
export * as acmpca from './services/acmpca/collectors.js';
export * as applicationautoscaling from './services/applicationautoscaling/collectors.js';
export * as appstream from './services/appstream/collectors.js';
export * as backup from './services/backup/collectors.js';
export * as directoryservice from './services/directoryservice/collectors.js';
export * as dlm from './services/dlm/collectors.js';
export * as dms from './services/dms/collectors.js';
export * as drs from './services/drs/collectors.js';
export * as elasticache from './services/elasticache/collectors.js';
export * as elasticbeanstalk from './services/elasticbeanstalk/collectors.js';
export * as fms from './services/fms/collectors.js';
export * as fsx from './services/fsx/collectors.js';
export * as inspector2 from './services/inspector2/collectors.js';
export * as rolesanywhere from './services/rolesanywhere/collectors.js';
export * as servicecatalog from './services/servicecatalog/collectors.js';
export * as storagegateway from './services/storagegateway/collectors.js';
export * as iamPolicies from './services/iam/policies.js';

/**
 * The scan engine as a library: collect an account with any credentials, evaluate an inventory, and stream
 * findings and progress events to callbacks (or iterate them). It writes no files and prints nothing.
 */
export {
  scanAccount,
  scanFindings,
  collectAccount,
  evaluateInventory,
  narrowInventory,
  Inventory,
  SCAN_COMPLETENESS_CHECK,
  type ScanAccountOptions,
  type ScanAccountResult,
  type CollectAccountOptions,
  type CollectAccountResult,
  type EvaluateInventoryOptions,
  type EvaluationResult,
  type Selection,
  type ProgressEvent,
  type StatusCounts,
} from './engine/index.js';
export {
  scanAccounts,
  listOrganizationAccounts,
  ACCOUNT_ACCESS_CHECK,
  type AccountsScanOptions,
  type AccountsScanResult,
  type AccountOutcome,
  type AccountTarget,
} from './engine/organization.js';
export { loadBuiltinChecks, loadCustomChecks } from './registry.js';
export { loadMutelist } from './mutelist/index.js';
export type { AccountInfo } from './core/types.js';
export type { Muter } from './core/evaluate.js';
