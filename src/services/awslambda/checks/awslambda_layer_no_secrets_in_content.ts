import { defineCheck } from '../../../core/check.js';
import { functions, layerSecrets } from '../collectors.js';
import { describeHits, withoutIgnored } from '../../../lib/secrets/index.js';
import { entryFor, listed } from '../../../lib/resource-policy.js';
import { describeCallError } from '../../../aws/errors.js';

export default defineCheck({
  id: 'awslambda_layer_no_secrets_in_content',
  title: 'Lambda layers used by functions hold no secrets',
  service: 'awslambda',
  severity: 'high',
  resourceType: 'AwsLambdaLayerVersion',
  categories: ['secrets'],
  description:
    'Downloads every layer version the region\'s Lambda functions use (through the presigned location GetLayerVersionByArn returns, size-capped at lambda_max_archive_mb, 100 MiB by default), unzips it in memory and scans its text files for credentials. Findings name the file, line and kind of secret, never the value. secrets_ignore_patterns (regular expressions) drops hits whose file, variable or kind matches.',
  risk:
    'A layer is shared: every function that uses it, and every account it is shared with, receives the credential, and anyone allowed to get the layer version can download it.',
  remediation: {
    text: 'Publish a new layer version without the secret, move the functions to it, delete the old versions, and rotate the exposed credential. Keep secrets in Secrets Manager or Parameter Store.',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/chapter-layers.html',
    cli: 'aws lambda delete-layer-version --layer-name <layer-name> --version-number <version>',
    terraform:
      'resource "aws_lambda_layer_version" "this" {\n  layer_name = "<layer-name>"\n  s3_bucket  = "<bucket>"\n  s3_key     = "<layer-without-secrets.zip>"\n}',
    nativeIaC:
      'Resources:\n  Layer:\n    Type: AWS::Lambda::LayerVersion\n    Properties:\n      LayerName: <layer-name>\n      Content:\n        S3Bucket: <bucket>\n        S3Key: <layer-without-secrets.zip>',
  },
  uses: [functions, layerSecrets],
  params: { secrets_ignore_patterns: [] as string[], lambda_max_archive_mb: 100 },
  run(ctx) {
    const byRegion = new Map(ctx.regional(layerSecrets).map(({ region, result }) => [region, result]));
    for (const { region, result } of ctx.regional(functions)) {
      const fns = listed(ctx, region, result, 'Lambda functions');
      const users = new Map<string, string[]>();
      for (const fn of fns) for (const arn of fn.layers ?? []) users.set(arn, [...(users.get(arn) ?? []), fn.name]);
      for (const [arn, names] of users) {
        const parts = arn.split(':');
        const name = `${parts[6]}:${parts[7]}`;
        const resource = { arn, id: name, name, region };
        const entry = entryFor(byRegion.get(region)!, arn, layerSecrets.operation);
        if (!entry.ok) {
          ctx.error(resource, entry.error, `Could not read Lambda layer ${name}: ${describeCallError(entry.error)}.`);
          continue;
        }
        if (!entry.data.scanned) {
          ctx.manual(resource, `Lambda layer ${name} was not scanned: ${entry.data.reason}.`);
          continue;
        }
        const hits = withoutIgnored(entry.data.hits, ctx.params.secrets_ignore_patterns);
        const used = `used by ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''}`;
        if (hits.length) ctx.fail(resource, `Lambda layer ${name} (${used}) has ${hits.length} potential secret${hits.length > 1 ? 's' : ''}: ${describeHits(hits)}.`);
        else ctx.pass(resource, `No secrets found in the ${entry.data.filesScanned} files of Lambda layer ${name} (${used}).`);
      }
    }
  },
});
