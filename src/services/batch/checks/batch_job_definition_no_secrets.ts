import { defineCheck } from '../../../core/check.js';
import { jobDefinitions } from '../collectors.js';
import { listed } from '../../../lib/resource-policy.js';
import { describeHits, withoutIgnored } from '../../../lib/secrets/index.js';

export default defineCheck({
  id: 'batch_job_definition_no_secrets',
  title: 'Batch job definitions hold no secrets in container environments',
  service: 'batch',
  severity: 'high',
  resourceType: 'AwsBatchJobDefinition',
  categories: ['secrets'],
  description:
    'Scans the plain environment variables of every container of every ACTIVE AWS Batch job definition revision (single container, multi-node, ECS and EKS properties) for credentials. References in "secrets" (Secrets Manager or Parameter Store) are the fix and are not reported. Findings name the variable and kind, never the value. secrets_ignore_patterns (regular expressions) drops hits whose variable name or kind matches.',
  risk:
    'Job definitions are readable by anyone with batch:DescribeJobDefinitions and every revision keeps its values; a credential there is exposed to a wide audience and stays after later revisions remove it.',
  remediation: {
    text: 'Store the value in Secrets Manager or Parameter Store and reference it from the container\'s "secrets", register a new revision, deregister the revisions that contained it, and rotate the credential.',
    url: 'https://docs.aws.amazon.com/batch/latest/userguide/specifying-sensitive-data.html',
    cli: 'aws batch deregister-job-definition --job-definition <name>:<revision>',
    terraform:
      'resource "aws_batch_job_definition" "this" {\n  name = "<name>"\n  type = "container"\n  container_properties = jsonencode({\n    image            = "<image>"\n    executionRoleArn = "<execution-role-allowed-to-read-the-secret>"\n    secrets          = [{ name = "DB_PASSWORD", valueFrom = "<secret-arn>" }]\n  })\n}',
    nativeIaC:
      'Resources:\n  JobDefinition:\n    Type: AWS::Batch::JobDefinition\n    Properties:\n      Type: container\n      ContainerProperties:\n        Image: <image>\n        ExecutionRoleArn: <execution-role-allowed-to-read-the-secret>\n        Secrets:\n          - Name: DB_PASSWORD\n            ValueFrom: <secret-arn>',
  },
  uses: [jobDefinitions],
  params: { secrets_ignore_patterns: [] as string[] },
  run(ctx) {
    for (const { region, result } of ctx.regional(jobDefinitions)) {
      for (const jd of listed(ctx, region, result, 'Batch job definitions')) {
        const id = `${jd.name}:${jd.revision}`;
        const resource = { arn: jd.arn, id, name: id, region };
        const hits = withoutIgnored(jd.envSecrets, ctx.params.secrets_ignore_patterns);
        if (hits.length) ctx.fail(resource, `Batch job definition ${id} has secrets in container environment variables: ${describeHits(hits)}.`);
        else ctx.pass(resource, `No secrets found in the container environment variables of Batch job definition ${id}.`);
      }
    }
  },
});
