/**
 * An example custom check: every S3 bucket name starts with the company's prefix.
 *
 * A custom check is a file whose default export is a check: metadata plus a pure `run` function over
 * facts that prowl collects. It imports prowl's public API (the package's own name resolves to it from
 * inside this repository, and from any project that installed prowl). Run it with:
 *
 *   node bin/prowl.js aws --demo -x examples/custom-checks -c s3_bucket_name_has_company_prefix
 *
 * The file name must be the check id. Parameters can be overridden in the config file:
 *   checks:
 *     s3_bucket_name_has_company_prefix:
 *       prefix: acme-
 */
import { defineCheck, s3 } from 'prowl-scanner';

export default defineCheck({
  id: 's3_bucket_name_has_company_prefix',
  title: 'S3 bucket names start with the company prefix',
  service: 's3',
  severity: 'low',
  resourceType: 'AwsS3Bucket',
  categories: ['governance'],
  description: 'Checks that every bucket name starts with an agreed prefix, so ownership is obvious.',
  risk: 'Buckets outside the naming convention are easy to miss in reviews and cost reports.',
  remediation: { text: 'Create buckets with the company prefix and migrate data from the others.' },
  uses: [s3.buckets],
  params: { prefix: 'demo-' },
  run(ctx) {
    const list = ctx.global(s3.buckets);
    if (!list.ok) return ctx.error(ctx.accountResource(), list.error);
    const prefix = String(ctx.params.prefix);
    for (const b of list.data) {
      const resource = { arn: b.arn, id: b.name, name: b.name, region: b.region };
      if (b.name.startsWith(prefix)) ctx.pass(resource, `Bucket ${b.name} starts with ${prefix}.`);
      else ctx.fail(resource, `Bucket ${b.name} does not start with ${prefix}.`);
    }
  },
});
