import { defineCheck } from '../../../core/check.js';
import { trailList, trails } from '../../cloudtrail/collectors.js';
import { explain, firstUnknown, listNames, readTrails, trailOwner, type Unknown } from '../../cloudtrail/trail-helpers.js';
import { functions } from '../collectors.js';
import { eachFunction } from '../helpers.js';
import { recordsInvoke } from '../invoke-logging.js';

export default defineCheck({
  id: 'awslambda_function_invoke_api_operations_cloudtrail_logging_enabled',
  title: 'CloudTrail records the invocations of every Lambda function',
  service: 'awslambda',
  severity: 'low',
  resourceType: 'AwsLambdaFunction',
  categories: ['logging'],
  description:
    'For each Lambda function, looks for a logging CloudTrail trail that covers the function\'s region (multi-region, or homed there) and whose event selectors record its Invoke data events: a classic selector for all functions or for this one (not read-only), or an advanced selector on AWS::Lambda::Function whose ARN, event name and read-only conditions let this function\'s invocations through.',
  risk:
    'Invocations are data events, which trails do not record by default: without them nobody can tell who called a function, when and from where, so abuse of a function (or of the role it runs with) leaves no audit trail.',
  remediation: {
    text: 'Add a Lambda data event selector to a multi-region trail, for all functions or the ones that matter. put-event-selectors replaces every selector of the trail, so keep the management-event selector in the list. Data events are billed per event.',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html',
    cli: 'aws cloudtrail put-event-selectors --trail-name <trail> --advanced-event-selectors \'[{"Name":"Management events","FieldSelectors":[{"Field":"eventCategory","Equals":["Management"]}]},{"Name":"Lambda invocations","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::Lambda::Function"]}]}]\'',
    nativeIaC:
      'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      IsMultiRegionTrail: true\n      S3BucketName: <trail-bucket>\n      EventSelectors:\n        - ReadWriteType: All\n          IncludeManagementEvents: true\n          DataResources:\n            - Type: AWS::Lambda::Function\n              Values: [!Sub "arn:${AWS::Partition}:lambda"]',
    terraform:
      'resource "aws_cloudtrail" "main" {\n  name                  = "main"\n  s3_bucket_name        = aws_s3_bucket.trail.id\n  is_multi_region_trail = true\n\n  advanced_event_selector {\n    name = "Management events"\n    field_selector {\n      field  = "eventCategory"\n      equals = ["Management"]\n    }\n  }\n  advanced_event_selector {\n    name = "Lambda invocations"\n    field_selector {\n      field  = "eventCategory"\n      equals = ["Data"]\n    }\n    field_selector {\n      field  = "resources.type"\n      equals = ["AWS::Lambda::Function"]\n    }\n  }\n}',
  },
  uses: [functions, trails, trailList],
  run(ctx) {
    const view = readTrails(ctx);
    const regionUnknown = firstUnknown(view);
    for (const { region, fn, resource } of eachFunction(ctx)) {
      const here = view.trails.filter((t) => t.isMultiRegion || t.homeRegion === region);
      const selecting = here.filter((t) => t.eventSelectors.ok && recordsInvoke(t.eventSelectors.data, fn.arn, ctx.account.partition));
      const logging = selecting.find((t) => t.status.ok && t.status.data.isLogging);
      if (logging) {
        ctx.pass(resource, `Trail ${logging.name} records the invocations of Lambda function ${fn.name}.`);
        continue;
      }
      const owner = (t: { arn: string }) => (trailOwner(t) !== ctx.account.accountId ? { owner: trailOwner(t) } : {});
      const unknowns: Unknown[] = [
        ...(regionUnknown ? [regionUnknown] : []),
        ...here.flatMap((t) => (t.eventSelectors.ok ? [] : [{ error: t.eventSelectors.error, what: `the event selectors of trail ${t.name} could not be read`, ...owner(t) }])),
        ...selecting.flatMap((t) => (t.status.ok ? [] : [{ error: t.status.error, what: `the logging status of trail ${t.name} could not be read`, ...owner(t) }])),
      ];
      const own = unknowns.find((u) => !u.owner);
      if (own) {
        ctx.error(resource, own.error, `Could not tell whether the invocations of Lambda function ${fn.name} are recorded: ${own.what} (${explain(own.error)}).`);
        continue;
      }
      if (unknowns.length) {
        ctx.manual(resource, `No trail of this account records the invocations of Lambda function ${fn.name}; the selectors of the organization trail of account ${unknowns[0].owner} cannot be read from here: verify there.`);
        continue;
      }
      const stopped = selecting.map((t) => t.name);
      ctx.fail(resource, `No logging CloudTrail trail records the invocations of Lambda function ${fn.name}.${stopped.length ? ` Trail ${listNames(stopped)} selects them but is not logging.` : ''}`);
    }
  },
});
