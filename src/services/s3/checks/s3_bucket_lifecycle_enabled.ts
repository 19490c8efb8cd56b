import { defineCheck } from '../../../core/check.js';
import { buckets, bucketLifecycle } from '../collectors.js';
import { eachBucketWith } from '../bucket-access.js';

export default defineCheck({
  id: 's3_bucket_lifecycle_enabled',
  title: 'S3 buckets have an enabled lifecycle rule',
  service: 's3',
  severity: 'low',
  resourceType: 'AwsS3Bucket',
  categories: [],
  description: 'Reads the lifecycle configuration of each bucket and passes when at least one rule is Enabled (a configuration whose rules are all Disabled does nothing).',
  risk: 'Without lifecycle rules, data is kept forever: stale copies and old versions accumulate, costs grow and retention obligations (deleting data after a period) are not met.',
  remediation: {
    text: 'Add lifecycle rules that transition or expire objects (and noncurrent versions) according to your retention policy.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/how-to-set-lifecycle-configuration-intro.html',
    cli: 'aws s3api put-bucket-lifecycle-configuration --bucket <bucket> --lifecycle-configuration file://lifecycle.json',
  },
  uses: [buckets, bucketLifecycle],
  run(ctx) {
    eachBucketWith(ctx, bucketLifecycle, (b, rules, r) => {
      const on = (rules ?? []).filter((x) => x.status === 'Enabled');
      if (on.length) ctx.pass(r, `Bucket ${b.name} has ${on.length} enabled lifecycle rule(s).`);
      else if (rules?.length) ctx.fail(r, `Bucket ${b.name} has lifecycle rules, but all ${rules.length} are disabled.`);
      else ctx.fail(r, `Bucket ${b.name} has no lifecycle configuration.`);
    });
  },
});
