import { defineCheck } from '../../../core/check.js';
import { snapshotBlockPublicAccess, snapshots } from '../collectors.js';

export default defineCheck({
  id: 'ec2_ebs_snapshot_account_block_public_access',
  title: 'EBS snapshot block public access blocks all public sharing',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2Volume',
  categories: ['internet-exposed'],
  description:
    'Checks, per region, that EBS snapshot block public access is set to block-all-sharing. block-new-sharing leaves snapshots that are already public public, and unblocked allows anyone to make a snapshot public. Regions without snapshots are skipped unless scan_unused_services is set.',
  risk: 'Without the account-level block, a single modify-snapshot-attribute call (by mistake or by an attacker) publishes a full disk copy to every AWS account.',
  remediation: {
    text: 'Enable snapshot block public access in block-all-sharing mode in every region, ideally through an organization declarative policy.',
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html',
    cli: 'aws ec2 enable-snapshot-block-public-access --state block-all-sharing --region <region>',
    terraform:
      'resource "aws_ebs_snapshot_block_public_access" "this" {\n  state = "block-all-sharing"\n}',
  },
  uses: [snapshotBlockPublicAccess, snapshots],
  params: { scan_unused_services: false },
  run(ctx) {
    const snaps = new Map(ctx.regional(snapshots).map(({ region, result }) => [region, result]));
    for (const { region, result } of ctx.regional(snapshotBlockPublicAccess)) {
      const resource = ctx.accountResource(region);
      const s = snaps.get(region);
      if (!ctx.params.scan_unused_services && s?.ok && s.data.length === 0) continue;
      if (!result.ok) {
        ctx.error(resource, result.error);
        continue;
      }
      const by = result.data.managedBy === 'declarative-policy' ? ' (set by a declarative policy)' : '';
      if (result.data.state === 'block-all-sharing') ctx.pass(resource, `Snapshot block public access blocks all public sharing in ${region}${by}.`);
      else ctx.fail(resource, `Snapshot block public access is ${result.data.state} in ${region}${by}: ${result.data.state === 'block-new-sharing' ? 'snapshots already public stay public' : 'snapshots can be made public'}.`);
    }
  },
});
