import { defineCheck } from '../../../core/check.js';
import { buckets, bucketReplication } from '../collectors.js';
import { eachBucketWith } from '../bucket-access.js';

export default defineCheck({
  id: 's3_bucket_cross_region_replication',
  title: 'S3 buckets replicate their objects to another region',
  service: 's3',
  severity: 'low',
  resourceType: 'AwsS3Bucket',
  categories: ['resilience'],
  description:
    "Reads each bucket's replication rules and passes when an enabled rule copies objects to a bucket in a different region. The destination's region is known when it is one of this account's buckets; a destination in another account is reported MANUAL because its region cannot be read from here.",
  risk: 'A bucket kept in a single region loses availability, and possibly data, when that region has an outage or the data is destroyed there.',
  remediation: {
    text: 'Enable versioning on the source and on a destination bucket in another region, then add a replication rule.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-walkthrough1.html',
    cli: 'aws s3api put-bucket-replication --bucket <bucket> --replication-configuration file://replication.json',
    terraform:
      'resource "aws_s3_bucket_replication_configuration" "this" {\n  bucket = "<bucket-name>"\n  role   = "<replication-role-arn>"\n  rule {\n    id     = "to-other-region"\n    status = "Enabled"\n    filter {}\n    delete_marker_replication {\n      status = "Enabled"\n    }\n    destination {\n      bucket = "arn:aws:s3:::<destination-bucket-in-other-region>"\n    }\n  }\n}',
    nativeIaC:
      'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n      ReplicationConfiguration:\n        Role: <replication-role-arn>\n        Rules:\n          - Id: to-other-region\n            Status: Enabled\n            Priority: 1\n            Filter:\n              Prefix: \'\'\n            DeleteMarkerReplication:\n              Status: Enabled\n            Destination:\n              Bucket: arn:aws:s3:::<destination-bucket-in-other-region>',
  },
  uses: [buckets, bucketReplication],
  run(ctx) {
    const all = ctx.global(buckets);
    const regionOf = new Map(all.ok ? all.data.map((x) => [x.name, x.region] as const) : []);
    eachBucketWith(ctx, bucketReplication, (b, rules, r) => {
      const enabled = (rules ?? []).filter((x) => x.status === 'Enabled' && x.destinationBucket);
      if (!enabled.length) {
        ctx.fail(r, `Bucket ${b.name} has no enabled replication rule.`);
        return;
      }
      const dests = enabled.map((x) => {
        const name = (x.destinationBucket as string).replace(/^arn:[^:]+:s3:::/, '');
        return { name, region: regionOf.get(name) };
      });
      const other = dests.find((d) => d.region && d.region !== b.region);
      if (other) ctx.pass(r, `Bucket ${b.name} replicates to bucket ${other.name} in ${other.region}.`);
      else if (dests.some((d) => !d.region)) {
        ctx.manual(r, `Bucket ${b.name} replicates to ${dests.filter((d) => !d.region).map((d) => d.name).join(', ')}, which is not in this account; verify its region there.`);
      } else ctx.fail(r, `Bucket ${b.name} replicates only within ${b.region} (to ${dests.map((d) => d.name).join(', ')}).`);
    });
  },
});
