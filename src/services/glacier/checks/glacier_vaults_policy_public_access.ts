import { defineCheck } from '../../../core/check.js';
import { vaultPolicies, vaults } from '../collectors.js';
import { judgePolicy, listedWith } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 'glacier_vaults_policy_public_access',
  title: 'S3 Glacier vault access policies do not grant access to everyone',
  service: 'glacier',
  severity: 'critical',
  resourceType: 'Other',
  categories: ['internet-exposed'],
  description:
    'Reads the access policy of every S3 Glacier vault and flags vaults whose policy allows any principal without a condition that narrows it to this account, an organization or a network.',
  risk:
    'An archive vault open to everyone can let outsiders list and retrieve archived data, start costly retrieval jobs, or delete archives that were kept for recovery or compliance.',
  remediation: {
    text: 'Rewrite the vault access policy so that it names only the accounts and roles that need the vault, or delete the policy if it is not needed.',
    url: 'https://docs.aws.amazon.com/amazonglacier/latest/dev/vault-access-policy.html',
    cli: 'aws glacier delete-vault-access-policy --account-id - --vault-name <vault-name>',
    terraform:
      'resource "aws_glacier_vault" "this" {\n  name = "<vault-name>"\n  access_policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::<account-id>:role/<archive-role>" }\n      Action    = ["glacier:UploadArchive", "glacier:InitiateJob", "glacier:GetJobOutput"]\n      Resource  = "arn:aws:glacier:<region>:<account-id>:vaults/<vault-name>"\n    }]\n  })\n}',
  },
  uses: [vaults, vaultPolicies],
  run(ctx) {
    for (const { region, item: vault, entry } of listedWith(ctx, vaults, vaultPolicies, 'Glacier vaults')) {
      const resource = { arn: vault.arn, id: vault.name, name: vault.name, region };
      judgePolicy(ctx, { resource, label: `Glacier vault ${vault.name}`, policyName: 'access policy', operation: vaultPolicies.operation }, entry);
    }
  },
});
