/**
 * Checks whose fix has no meaningful CloudFormation (nativeIaC) or Terraform form, and why: a credential or
 * account setting only the root user or a person can change, a clean-up (deleting an unused key), a review
 * of findings, or a setting neither tool models. Every other check carries both snippets in its remediation;
 * test/remediation-iac.test.ts tells "deliberately none" (listed here) from "forgotten".
 */
export interface NoIacReason {
  /** Why there is no CloudFormation snippet. */
  nativeIaC?: string;
  /** Why there is no Terraform snippet. */
  terraform?: string;
}

export const NO_IAC: Record<string, NoIacReason> = {
  account_maintain_current_contact_details: {
    nativeIaC: 'CloudFormation has no resource for the account\'s primary contact (use the CLI or Terraform).',
  },
  account_maintain_different_contact_details_to_security_billing_and_operations: {
    nativeIaC: 'CloudFormation has no resource for the account\'s alternate contacts (use the CLI or Terraform).',
  },
  account_security_contact_information_is_registered: {
    nativeIaC: 'CloudFormation has no resource for the account\'s alternate contacts (use the CLI or Terraform).',
  },
  account_security_questions_are_registered_in_the_aws_account: {
    nativeIaC: 'Security challenge questions can only be set by the root user in the console; no API or template manages them.',
    terraform: 'Security challenge questions can only be set by the root user in the console; no API or template manages them.',
  },
  cloudtrail_bucket_requires_mfa_delete: {
    nativeIaC: 'CloudFormation cannot turn on MFA delete: only the root user can, through the API with its MFA code.',
  },
  directoryservice_directory_snapshots_limit: {
    terraform: 'Manual directory snapshots are not resources of the AWS provider: deleting the old ones is a clean-up done with the CLI.',
  },
  directoryservice_radius_server_security_protocol: {
    nativeIaC: 'CloudFormation has no resource or property for a directory\'s RADIUS settings (use the CLI or Terraform).',
  },
  directoryservice_supported_mfa_radius_enabled: {
    nativeIaC: 'CloudFormation has no resource or property for a directory\'s RADIUS settings (use the CLI or Terraform).',
  },
  dms_endpoint_neptune_iam_authorization_enabled: {
    terraform: 'The AWS provider\'s aws_dms_endpoint does not model Neptune endpoint settings such as IamAuthEnabled (use the CLI or CloudFormation).',
  },
  documentdb_cluster_public_snapshot: {
    nativeIaC: 'Snapshot sharing attributes are not modelled by CloudFormation (use aws docdb modify-db-cluster-snapshot-attribute).',
    terraform: 'Snapshot sharing attributes are not modelled by the AWS provider\'s DocumentDB resources (use aws docdb modify-db-cluster-snapshot-attribute).',
  },
  dynamodb_table_cross_account_access: {
    nativeIaC: 'The CloudFormation resource specification prowl validates against has no ResourcePolicy property for DynamoDB tables; use the CLI or Terraform.',
  },
  ec2_ami_account_block_public_access: {
    nativeIaC: 'CloudFormation has no resource for the regional AMI block public access setting (use the CLI, Terraform or an organization declarative policy).',
  },
  ec2_ami_public: {
    nativeIaC: 'CloudFormation cannot change the launch permissions of an existing AMI (use the CLI or Terraform).',
  },
  ec2_confidential_workload_host_not_running: {
    nativeIaC: 'Starting or terminating a stopped host is an operation, not a template setting.',
    terraform: 'Starting or terminating a stopped host is an operation, not a template setting.',
  },
  ec2_ebs_default_encryption: {
    nativeIaC: 'CloudFormation has no resource for the regional EBS encryption-by-default setting (use the CLI or Terraform in every region).',
  },
  ec2_ebs_public_snapshot: {
    nativeIaC: 'CloudFormation cannot change the sharing permissions of an existing snapshot (use the CLI or Terraform).',
  },
  ec2_ebs_snapshot_account_block_public_access: {
    nativeIaC: 'CloudFormation has no resource for the regional snapshot block public access setting (use the CLI, Terraform or an organization declarative policy).',
  },
  ec2_ebs_snapshots_encrypted: {
    nativeIaC: 'CloudFormation has no snapshot resource; encrypt copies with the CLI or Terraform and turn on encryption by default.',
  },
  ec2_elastic_ip_unassigned: {
    nativeIaC: 'Releasing an address nobody uses is a clean-up, not a setting to declare.',
    terraform: 'Releasing an address nobody uses is a clean-up, not a setting to declare.',
  },
  ec2_instance_account_imdsv2_enabled: {
    nativeIaC: 'CloudFormation has no resource for the regional instance metadata defaults (use the CLI, Terraform or an organization declarative policy).',
  },
  ec2_instance_older_than_specific_days: {
    nativeIaC: 'Replacing long-running instances is an operational practice (rebuild from a current image), not a setting.',
    terraform: 'Replacing long-running instances is an operational practice (rebuild from a current image), not a setting.',
  },
  ec2_instance_stopped_older_than_specific_days: {
    nativeIaC: 'Terminating or patching long-stopped instances is a clean-up, not a setting to declare.',
    terraform: 'Terminating or patching long-stopped instances is a clean-up, not a setting to declare.',
  },
  ec2_instance_uses_single_eni: {
    nativeIaC: 'Detaching unneeded secondary interfaces is a change to a running instance\'s wiring, with no setting to declare.',
    terraform: 'Detaching unneeded secondary interfaces is a change to a running instance\'s wiring, with no setting to declare.',
  },
  ec2_networkacl_unused: {
    nativeIaC: 'Deleting an unused network ACL is a clean-up, not a setting to declare.',
    terraform: 'Deleting an unused network ACL is a clean-up, not a setting to declare.',
  },
  ec2_securitygroup_default_restrict_traffic: {
    nativeIaC: 'CloudFormation cannot manage the rules of a VPC\'s default security group (use Terraform or the CLI).',
  },
  ec2_securitygroup_not_used: {
    nativeIaC: 'Deleting an unused security group is a clean-up, not a setting to declare.',
    terraform: 'Deleting an unused security group is a clean-up, not a setting to declare.',
  },
  ecr_registry_scan_images_on_push_enabled: {
    nativeIaC: 'AWS::ECR::RegistryScanningConfiguration is newer than the CloudFormation specification prowl validates against; use the CLI or Terraform.',
  },
  eks_cluster_deletion_protection_enabled: {
    nativeIaC: 'The cluster DeletionProtection property is newer than the CloudFormation specification prowl validates against; use the CLI or Terraform.',
  },
  glacier_vaults_policy_public_access: {
    nativeIaC: 'CloudFormation has no resource type for S3 Glacier vaults or their access policies.',
  },
  guardduty_delegated_admin_enabled_all_regions: {
    nativeIaC: 'CloudFormation has no resource for designating the GuardDuty delegated administrator (use the CLI or Terraform per region).',
  },
  guardduty_no_high_severity_findings: {
    nativeIaC: 'Findings are investigated and archived, not configured; no template setting resolves them.',
    terraform: 'Findings are investigated and archived, not configured; no template setting resolves them.',
  },
  iam_avoid_root_usage: {
    nativeIaC: 'Not using the root user is a working practice; no resource expresses it (alert on root use with cloudwatch_log_metric_filter_root_usage).',
    terraform: 'Not using the root user is a working practice; no resource expresses it (alert on root use with cloudwatch_log_metric_filter_root_usage).',
  },
  iam_no_root_access_key: {
    nativeIaC: 'Root access keys can only be deleted by the root user in the console or API; CloudFormation cannot manage root credentials.',
    terraform: 'Root access keys can only be deleted by the root user; the AWS provider cannot manage root credentials.',
  },
  iam_password_policy_expires_passwords_within_90_days_or_less: {
    nativeIaC: 'CloudFormation has no resource for the account password policy (set it with the CLI or Terraform).',
  },
  iam_password_policy_lowercase: {
    nativeIaC: 'CloudFormation has no resource for the account password policy (set it with the CLI or Terraform).',
  },
  iam_password_policy_minimum_length_14: {
    nativeIaC: 'CloudFormation has no resource for the account password policy (set it with the CLI or Terraform).',
  },
  iam_password_policy_number: {
    nativeIaC: 'CloudFormation has no resource for the account password policy (set it with the CLI or Terraform).',
  },
  iam_password_policy_reuse_24: {
    nativeIaC: 'CloudFormation has no resource for the account password policy (set it with the CLI or Terraform).',
  },
  iam_password_policy_symbol: {
    nativeIaC: 'CloudFormation has no resource for the account password policy (set it with the CLI or Terraform).',
  },
  iam_password_policy_uppercase: {
    nativeIaC: 'CloudFormation has no resource for the account password policy (set it with the CLI or Terraform).',
  },
  iam_role_access_not_stale_to_bedrock: {
    nativeIaC: 'The fix is removing unused permissions from whatever policies grant them; there is no setting to declare.',
    terraform: 'The fix is removing unused permissions from whatever policies grant them; there is no setting to declare.',
  },
  iam_root_credentials_management_enabled: {
    nativeIaC: 'CloudFormation has no resource for IAM\'s centralized root access features (use the CLI or Terraform).',
  },
  iam_root_hardware_mfa_enabled: {
    nativeIaC: 'Only the root user can register its MFA device, in the console; no infrastructure-as-code tool can.',
    terraform: 'Only the root user can register its MFA device, in the console; no infrastructure-as-code tool can.',
  },
  iam_root_mfa_enabled: {
    nativeIaC: 'Only the root user can register its MFA device, in the console; no infrastructure-as-code tool can.',
    terraform: 'Only the root user can register its MFA device, in the console; no infrastructure-as-code tool can.',
  },
  iam_rotate_access_key_90_days: {
    nativeIaC: 'Rotating a key is an operation (create, switch consumers, delete), not a setting a template can hold.',
    terraform: 'Rotating a key is an operation (create, switch consumers, delete), not a setting a template can hold.',
  },
  iam_user_access_not_stale_to_bedrock: {
    nativeIaC: 'The fix is removing unused permissions from whatever policies grant them; there is no setting to declare.',
    terraform: 'The fix is removing unused permissions from whatever policies grant them; there is no setting to declare.',
  },
  iam_user_access_not_stale_to_sagemaker: {
    nativeIaC: 'The fix is removing unused permissions from whatever policies grant them; there is no setting to declare.',
    terraform: 'The fix is removing unused permissions from whatever policies grant them; there is no setting to declare.',
  },
  iam_user_accesskey_unused: {
    nativeIaC: 'Deleting unused keys is a clean-up of existing credentials, not a setting a template can hold.',
    terraform: 'Deleting unused keys is a clean-up of existing credentials, not a setting a template can hold.',
  },
  iam_user_console_access_unused: {
    nativeIaC: 'Removing the login profile of an inactive user is a clean-up, not a setting a template can hold.',
    terraform: 'Removing the login profile of an inactive user is a clean-up, not a setting a template can hold.',
  },
  iam_user_hardware_mfa_enabled: {
    nativeIaC: 'A person registers their own hardware MFA device; no infrastructure-as-code resource does it.',
    terraform: 'A person registers their own hardware MFA device; no infrastructure-as-code resource does it.',
  },
  iam_user_no_setup_initial_access_key: {
    nativeIaC: 'Deleting never-used keys is a clean-up of existing credentials, not a setting a template can hold.',
    terraform: 'Deleting never-used keys is a clean-up of existing credentials, not a setting a template can hold.',
  },
  iam_user_two_active_access_key: {
    nativeIaC: 'Retiring the second key is a clean-up of existing credentials, not a setting a template can hold.',
    terraform: 'Retiring the second key is a clean-up of existing credentials, not a setting a template can hold.',
  },
  inspector2_is_enabled: {
    nativeIaC: 'CloudFormation cannot switch Inspector scanning on for an account (AWS::InspectorV2 has only filters and CIS scan configurations): use the CLI, Terraform, or aws inspector2 update-organization-configuration from the delegated administrator.',
  },
  kms_cmk_are_used: {
    nativeIaC: 'Whether to re-enable the key or delete it is a decision about data that still depends on it, not a setting to declare.',
    terraform: 'Whether to re-enable the key or delete it is a decision about data that still depends on it, not a setting to declare.',
  },
  kms_cmk_not_deleted_unintentionally: {
    nativeIaC: 'Cancelling a scheduled deletion is an operation (aws kms cancel-key-deletion), not a template setting.',
    terraform: 'Cancelling a scheduled deletion is an operation (aws kms cancel-key-deletion), not a template setting.',
  },
  macie_automated_sensitive_data_discovery_enabled: {
    nativeIaC: 'CloudFormation can enable Macie (AWS::Macie::Session) but has no property for automated sensitive data discovery.',
    terraform: 'The AWS provider has no resource for Macie automated sensitive data discovery (use aws macie2 update-automated-discovery-configuration --status ENABLED).',
  },
  neptune_cluster_copy_tags_to_snapshots: {
    nativeIaC: 'The CloudFormation resource specification prowl validates against has no CopyTagsToSnapshot property for Neptune clusters; use the CLI or Terraform.',
  },
  neptune_cluster_public_snapshot: {
    nativeIaC: 'Snapshot sharing attributes are not modelled by CloudFormation (use aws neptune modify-db-cluster-snapshot-attribute).',
    terraform: 'Snapshot sharing attributes are not modelled by the AWS provider\'s Neptune resources (use aws neptune modify-db-cluster-snapshot-attribute).',
  },
  neptune_cluster_snapshot_encrypted: {
    nativeIaC: 'CloudFormation has no resource for copying a Neptune cluster snapshot (use aws neptune copy-db-cluster-snapshot --kms-key-id).',
    terraform: 'The AWS provider has no resource for copying a Neptune cluster snapshot (use aws neptune copy-db-cluster-snapshot --kms-key-id).',
  },
  organizations_account_part_of_organizations: {
    nativeIaC: 'Joining an organization is a handshake the account accepts (aws organizations accept-handshake), not a template setting.',
    terraform: 'Joining an organization is a handshake the account accepts (aws organizations accept-handshake), not a resource the account declares.',
  },
  organizations_delegated_administrators: {
    nativeIaC: 'CloudFormation has no resource for registering a delegated administrator (use the CLI or Terraform).',
  },
  rds_instance_extended_support: {
    nativeIaC: 'The CloudFormation resource specification prowl validates against has no EngineLifecycleSupport property; upgrade EngineVersion and set the lifecycle with the CLI or Terraform.',
  },
  rds_snapshots_encrypted: {
    nativeIaC: 'CloudFormation has no resource for DB snapshot copies; encrypt copies with the CLI or Terraform.',
  },
  rds_snapshots_public_access: {
    nativeIaC: 'Snapshot sharing attributes are not modelled by CloudFormation (use the CLI, aws rds modify-db-snapshot-attribute, or Terraform).',
  },
  redshift_cluster_multi_az_enabled: {
    nativeIaC: 'The CloudFormation resource specification prowl validates against has no MultiAZ property for AWS::Redshift::Cluster; use the CLI or Terraform.',
  },
  s3_account_level_public_access_blocks: {
    nativeIaC: 'CloudFormation has no resource for the account-level S3 Block Public Access settings (use the CLI or Terraform).',
  },
  s3_bucket_no_mfa_delete: {
    nativeIaC: 'CloudFormation cannot turn on MFA delete: only the root user can, through the API with its MFA code.',
  },
  secretsmanager_secret_unused: {
    nativeIaC: 'Deleting a secret nothing reads is a clean-up (after revoking the credential at its source), not a setting to declare.',
    terraform: 'Deleting a secret nothing reads is a clean-up (after revoking the credential at its source), not a setting to declare.',
  },
  securityhub_delegated_admin_enabled_all_regions: {
    nativeIaC: 'The CloudFormation resource specification prowl validates against has no AWS::SecurityHub::DelegatedAdmin; designate the administrator with the CLI or Terraform, in every region.',
  },
  ssm_documents_set_as_public: {
    nativeIaC: 'CloudFormation cannot set document sharing permissions or the account\'s public-sharing block (use the CLI or Terraform).',
  },
  storagegateway_fileshare_encryption_enabled: {
    nativeIaC: 'CloudFormation has no Storage Gateway resources: set the file share encryption with the CLI or Terraform.',
  },
  storagegateway_gateway_fault_tolerant: {
    nativeIaC: 'Fault tolerance comes from the hypervisor the gateway runs on (a VMware vSphere HA cluster), which no AWS template manages.',
    terraform: 'Fault tolerance comes from the hypervisor the gateway runs on (a VMware vSphere HA cluster), which the AWS provider does not manage.',
  },
  trustedadvisor_errors_and_warnings: {
    nativeIaC: 'Trusted Advisor results are reviewed and their resources fixed one by one; there is nothing to declare.',
    terraform: 'Trusted Advisor results are reviewed and their resources fixed one by one; there is nothing to declare.',
  },
  trustedadvisor_premium_support_plan_subscribed: {
    nativeIaC: 'A support plan is bought in the console, not through an API or template.',
    terraform: 'A support plan is bought in the console, not through an API or template.',
  },
  wellarchitected_workload_no_high_or_medium_risks: {
    nativeIaC: 'Risks of a Well-Architected review are resolved by changing the workload and updating the review, not by a template setting.',
    terraform: 'Risks of a Well-Architected review are resolved by changing the workload and updating the review, not by a template setting.',
  },
};
