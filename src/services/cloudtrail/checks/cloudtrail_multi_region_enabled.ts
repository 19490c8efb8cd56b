import { defineCheck } from '../../../core/check.js';
import { trailList, trails, type Trail } from '../collectors.js';
import { explain, listNames, notScanned, trailOwner, type Unknown } from '../trail-helpers.js';

export default defineCheck({
  id: 'cloudtrail_multi_region_enabled',
  title: 'Every region is recorded by a CloudTrail trail that is logging',
  service: 'cloudtrail',
  severity: 'high',
  resourceType: 'AwsCloudTrailTrail',
  categories: ['logging', 'forensics-ready'],
  description:
    'For each scanned region, looks for a trail that records that region and is currently logging: a multi-region trail (including an organization trail) homed anywhere, or a trail homed in the region.',
  risk:
    'API activity in a region no trail records leaves no audit record. Attackers favour unused regions for exactly this reason, and incident responders cannot reconstruct what happened there.',
  remediation: {
    text: 'Create one multi-region trail (or use an organization trail) that records management events, and make sure logging is started.',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html',
    cli: 'aws cloudtrail create-trail --name <trail> --s3-bucket-name <bucket> --is-multi-region-trail && aws cloudtrail start-logging --name <trail>',
    terraform: 'resource "aws_cloudtrail" "main" {\n  name                  = "main"\n  s3_bucket_name        = aws_s3_bucket.trail.id\n  is_multi_region_trail = true\n}',
    nativeIaC:
      'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: <trail-bucket-name>\n      IsMultiRegionTrail: true\n      IncludeGlobalServiceEvents: true\n      EnableLogFileValidation: true\n      EventSelectors:\n        - ReadWriteType: All\n          IncludeManagementEvents: true',
  },
  uses: [trails, trailList],
  run(ctx) {
    const byArn = new Map<string, Trail>();
    const trailErrors = new Map<string, Unknown['error']>();
    for (const { region, result } of ctx.regional(trails)) {
      if (result.ok) for (const t of result.data) byArn.set(t.arn, t);
      else trailErrors.set(region, result.error);
    }
    const lists = new Map(ctx.regional(trailList).map(({ region, result }) => [region, result]));

    for (const region of ctx.regions) {
      const account = ctx.accountResource(region);
      const covering: Trail[] = [];
      const unknown: Unknown[] = [];
      // Trails homed here.
      const own = trailErrors.get(region);
      if (own) unknown.push({ error: own, what: `the trails homed in ${region} could not be read` });
      // Multi-region trails: every one shows up in this region's list; without the list, use what was read elsewhere.
      const list = lists.get(region);
      if (list?.ok) {
        for (const s of list.data) {
          const t = byArn.get(s.arn);
          if (t) covering.push(t);
          else if (s.homeRegion !== region) {
            const error = trailErrors.get(s.homeRegion) ?? notScanned('cloudtrail:GetTrailStatus', s.homeRegion);
            unknown.push({ error, what: `the status of multi-region trail ${s.name}, homed in ${s.homeRegion}, was not collected` });
          }
        }
      } else {
        if (list && !own) unknown.push({ error: list.error, what: `the trails visible in ${region} could not be listed` });
        for (const t of byArn.values()) if (t.isMultiRegion || t.homeRegion === region) covering.push(t);
      }

      const logging = covering.filter((t) => t.status.ok && t.status.data.isLogging);
      if (logging.length) {
        const t = logging[0];
        const kind = t.homeRegion === region ? 'homed in this region' : `multi-region, homed in ${t.homeRegion}`;
        const more = logging.length > 1 ? ` (${logging.length} logging trails cover it)` : '';
        ctx.pass(account, `Region ${region} is recorded by trail ${t.name} (${kind}), which is logging${more}.`);
        continue;
      }
      for (const t of covering) {
        if (t.status.ok) continue;
        const owner = trailOwner(t) !== ctx.account.accountId ? trailOwner(t) : undefined;
        unknown.push({ error: t.status.error, what: `the status of trail ${t.name} could not be read`, ...(owner ? { owner } : {}) });
      }
      const foreign = covering.filter((t) => !t.status.ok && trailOwner(t) !== ctx.account.accountId);
      if (unknown.length && unknown.every((u) => u.owner)) {
        ctx.manual(
          account,
          `Region ${region} is covered by trail ${listNames(foreign.map((t) => t.name))} of account ${trailOwner(foreign[0])} (an organization trail), whose logging status this account cannot read: verify in that account that it is logging.`,
        );
      } else if (unknown.length) {
        ctx.error(account, unknown[0].error, `Could not tell whether a logging trail records ${region}: ${unknown[0].what} (${explain(unknown[0].error)}).`);
      } else if (covering.length) {
        ctx.fail(account, `Region ${region} is covered only by trails that are not logging: ${listNames(covering.map((t) => t.name))}.`);
      } else {
        ctx.fail(account, `No CloudTrail trail records region ${region}: there is no multi-region trail and no trail homed there.`);
      }
    }
  },
});
