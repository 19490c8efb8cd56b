import { defineCheck } from '../../../core/check.js';
import { snapshotBlockPublicAccess, snapshotSharing, snapshots } from '../collectors.js';
import { forEachRegional, simpleResource } from '../shared.js';

export default defineCheck({
  id: 'ec2_ebs_public_snapshot',
  title: 'EBS snapshots are not public',
  service: 'ec2',
  severity: 'critical',
  resourceType: 'AwsEc2Volume',
  categories: ['internet-exposed'],
  description:
    'Flags snapshots the account owns whose create-volume permission includes the group "all" (any AWS account). When the region blocks all public snapshot sharing (block public access set to block-all-sharing), such a permission has no effect and the snapshot passes with a note.',
  risk: 'Anyone with an AWS account can restore a public snapshot and read the whole disk: databases, keys, configuration and credentials left on it.',
  remediation: {
    text: 'Remove the public create-volume permission, share with specific accounts if needed, and enable snapshot block public access (block-all-sharing) in every region.',
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html',
    cli: 'aws ec2 modify-snapshot-attribute --snapshot-id <snapshot-id> --attribute createVolumePermission --operation-type remove --group-names all',
    terraform:
      'resource "aws_snapshot_create_volume_permission" "partner" {\n  snapshot_id = "<snapshot-id>"\n  account_id  = "<trusted-account-id>"\n}\n# remove the "all" group permission, and turn on aws_ebs_snapshot_block_public_access',
  },
  uses: [snapshots, snapshotSharing, snapshotBlockPublicAccess],
  run(ctx) {
    const sharing = new Map(ctx.regional(snapshotSharing).map(({ region, result }) => [region, result]));
    const bpa = new Map(ctx.regional(snapshotBlockPublicAccess).map(({ region, result }) => [region, result]));
    forEachRegional(ctx, snapshots, (region, s) => {
      const resource = simpleResource(region, s);
      const all = sharing.get(region);
      if (!all) return;
      if (!all.ok) return ctx.error(resource, all.error);
      const r = all.data[s.id];
      if (!r) return;
      if (!r.ok) return ctx.error(resource, r.error);
      if (!r.data.public) return ctx.pass(resource, `Snapshot ${s.id} is not public${r.data.accounts.length ? ` (shared with ${r.data.accounts.length} account(s))` : ''}.`);
      const b = bpa.get(region);
      if (b?.ok && b.data.state === 'block-all-sharing') {
        return ctx.pass(resource, `Snapshot ${s.id} has a public create-volume permission, but snapshot block public access (block-all-sharing) keeps it private.`);
      }
      ctx.fail(resource, `Snapshot ${s.id}${s.volumeId ? ` of ${s.volumeId}` : ''} is public: any AWS account can create a volume from it.`);
    });
  },
});
