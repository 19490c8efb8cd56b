import { defineCheck } from '../../../core/check.js';
import { listedWith } from '../../../lib/resource-policy.js';
import { describeHits, withoutIgnored } from '../../../lib/secrets/index.js';
import { describeCallError } from '../../../aws/errors.js';
import { documentSecrets, documents } from '../collectors.js';

export default defineCheck({
  id: 'ssm_document_secrets',
  title: 'Systems Manager documents contain no secrets',
  service: 'ssm',
  severity: 'high',
  resourceType: 'AwsSsmPatchCompliance',
  categories: ['secrets'],
  description:
    'Scans the default version of every Systems Manager document this account owns for credentials: provider keys and tokens, private keys, passwords in connection strings or URLs, values assigned to names that say password, secret or token, and long random strings. Findings name the kind of secret and its line, never the value. secrets_ignore_patterns (regular expressions) drops hits whose key, kind or location matches.',
  risk:
    'A document is readable by everyone who may describe or run it, and by every account it is shared with; its versions are kept. A credential written into a command or automation document is exposed to all of them and outlives any edit.',
  remediation: {
    text: 'Remove the secret from the document: store it in Secrets Manager or as a SecureString parameter and resolve it at run time ({{ssm-secure:name}} or a script step that reads it). Delete the old document versions that held it, and rotate the credential.',
    url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-ssm-docs.html',
    cli: 'aws ssm update-document --name <document> --content file://document-without-secret.json --document-version \'$LATEST\'',
    nativeIaC: [
      'RunScript:',
      '  Type: AWS::SSM::Document',
      '  Properties:',
      '    DocumentType: Command',
      '    Content:',
      '      schemaVersion: "2.2"',
      '      mainSteps:',
      '        - action: aws:runShellScript',
      '          name: run',
      '          inputs:',
      '            runCommand:',
      '              - DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id <secret-id> --query SecretString --output text)',
    ].join('\n'),
    terraform: [
      'resource "aws_ssm_document" "run_script" {',
      '  name          = "run-script"',
      '  document_type = "Command"',
      '  content = jsonencode({',
      '    schemaVersion = "2.2"',
      '    mainSteps = [{',
      '      action = "aws:runShellScript"',
      '      name   = "run"',
      '      inputs = {',
      '        runCommand = ["DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id <secret-id> --query SecretString --output text)"]',
      '      }',
      '    }]',
      '  })',
      '}',
    ].join('\n'),
  },
  uses: [documents, documentSecrets],
  params: { secrets_ignore_patterns: [] as string[] },
  run(ctx) {
    for (const { region, item, entry } of listedWith(ctx, documents, documentSecrets, 'Systems Manager documents')) {
      const resource = { arn: item.arn, id: item.name, name: item.name, region, tags: item.tags };
      if (!entry.ok) {
        ctx.error(resource, entry.error, `Could not read document ${item.name}: ${describeCallError(entry.error)}.`);
        continue;
      }
      const hits = withoutIgnored(entry.data, ctx.params.secrets_ignore_patterns);
      if (hits.length) ctx.fail(resource, `SSM document ${item.name} contains secrets: ${describeHits(hits)}.`);
      else ctx.pass(resource, `No secrets found in SSM document ${item.name}.`);
    }
  },
});
