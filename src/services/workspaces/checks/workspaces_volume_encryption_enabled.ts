import { defineCheck } from '../../../core/check.js';
import { workspaces } from '../collectors.js';
import { listed } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 'workspaces_volume_encryption_enabled',
  title: 'WorkSpaces encrypt both their root and user volumes',
  service: 'workspaces',
  severity: 'high',
  resourceType: 'AwsEc2Volume',
  categories: ['encryption'],
  description: 'Reports whether each Amazon WorkSpace has encryption at rest enabled on both its root volume and its user volume.',
  risk: 'An unencrypted volume holds the user\'s files, cached credentials and application data in the clear in its snapshots and backups, readable by anyone who obtains a copy.',
  remediation: {
    text: 'Encryption can only be chosen when a WorkSpace is created: create a new WorkSpace with root and user volume encryption (with a KMS key), move the user to it and remove the old one.',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/encrypt-workspaces.html',
    cli: 'aws workspaces create-workspaces --workspaces DirectoryId=<dir>,UserName=<user>,BundleId=<bundle>,VolumeEncryptionKey=<kms-key>,RootVolumeEncryptionEnabled=true,UserVolumeEncryptionEnabled=true',
    terraform:
      'resource "aws_workspaces_workspace" "this" {\n  bundle_id                      = "<bundle-id>"\n  directory_id                   = "<directory-id>"\n  user_name                      = "<user-name>"\n  root_volume_encryption_enabled = true\n  user_volume_encryption_enabled = true\n  volume_encryption_key          = "<kms-key-arn>"\n}',
    nativeIaC:
      'Resources:\n  Workspace:\n    Type: AWS::WorkSpaces::Workspace\n    Properties:\n      BundleId: <bundle-id>\n      DirectoryId: <directory-id>\n      UserName: <user-name>\n      RootVolumeEncryptionEnabled: true\n      UserVolumeEncryptionEnabled: true\n      VolumeEncryptionKey: <kms-key-arn>',
  },
  uses: [workspaces],
  run(ctx) {
    for (const { region, result } of ctx.regional(workspaces)) {
      for (const w of listed(ctx, region, result, 'WorkSpaces')) {
        const resource = { arn: w.arn, id: w.id, name: w.userName ? `${w.id} (${w.userName})` : w.id, region };
        const plain = [w.rootVolumeEncrypted ? '' : 'root', w.userVolumeEncrypted ? '' : 'user'].filter(Boolean);
        if (!plain.length) ctx.pass(resource, `WorkSpace ${w.id} encrypts its root and user volumes.`);
        else ctx.fail(resource, `WorkSpace ${w.id} does not encrypt its ${plain.join(' and ')} volume${plain.length > 1 ? 's' : ''}.`);
      }
    }
  },
});
