import { defineCheck } from '../../../core/check.js';
import { instanceMetadataDefaults } from '../collectors.js';

export default defineCheck({
  id: 'ec2_instance_account_imdsv2_enabled',
  title: 'New EC2 instances default to IMDSv2 at the account level in every region',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2Instance',
  categories: ['secrets', 'ec2-imdsv1'],
  description:
    "Reads the account's instance metadata defaults in each scanned region and checks that HttpTokens is set to required, so instances launched without explicit metadata options only accept IMDSv2.",
  risk:
    'Without an account default, every launch path (consoles, old templates, third-party tools) must remember to require IMDSv2; the ones that forget start instances whose role credentials can be stolen through request forgery.',
  remediation: {
    text: 'Set the account-level instance metadata default to require IMDSv2 in each region, or enforce it across the organization with a declarative policy.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html',
    cli: 'aws ec2 modify-instance-metadata-defaults --region <region> --http-tokens required --http-put-response-hop-limit 2',
    terraform:
      'resource "aws_ec2_instance_metadata_defaults" "this" {\n  http_tokens                 = "required"\n  http_put_response_hop_limit = 2\n}',
  },
  uses: [instanceMetadataDefaults],
  run(ctx) {
    for (const { region, result } of ctx.regional(instanceMetadataDefaults)) {
      const account = ctx.accountResource(region);
      if (!result.ok) {
        ctx.error(account, result.error);
        continue;
      }
      const by = result.data.managedBy === 'declarative-policy' ? ' (set by a declarative policy)' : '';
      if (result.data.httpTokens === 'required') ctx.pass(account, `New instances in ${region} require IMDSv2 by default${by}.`);
      else
        ctx.fail(
          account,
          `New instances in ${region} do not require IMDSv2 by default (account-level HttpTokens ${result.data.httpTokens ?? 'has no preference'})${by}.`,
        );
    }
  },
});
