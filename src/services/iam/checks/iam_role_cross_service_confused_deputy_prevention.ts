import { defineCheck } from '../../../core/check.js';
import { unguardedServiceTrust, trustGrants } from '../../../lib/iam-policy/index.js';
import { organization, organizationAccounts } from '../../organizations/collectors.js';
import { isServiceLinkedRole, trustContext } from '../identity-checks.js';
import { authorizationDetails } from '../policies.js';

export default defineCheck({
  id: 'iam_role_cross_service_confused_deputy_prevention',
  title: 'Roles trusted by AWS services restrict the calling account or resource',
  service: 'iam',
  severity: 'high',
  resourceType: 'AwsIamRole',
  categories: ['identity-access', 'trust-boundaries'],
  description:
    'For every role whose trust policy lets an AWS service principal assume it (service-linked roles excepted), checks that each such statement carries an aws:SourceAccount, aws:SourceArn or aws:SourceOrgID condition naming this account, one of its resources or its Organization.',
  risk:
    'Without a source condition the service can be made to assume the role on behalf of a resource in any other AWS account (the confused deputy problem), letting a stranger act with the role\'s permissions.',
  remediation: {
    text: 'Add a condition such as StringEquals aws:SourceAccount = <this account> or ArnLike aws:SourceArn = <the calling resource> to each trust statement for a service principal.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
    cli: 'aws iam update-assume-role-policy --role-name <role> --policy-document file://trust-with-source-condition.json',
    terraform:
      'resource "aws_iam_role" "service" {\n  name = "<role-name>"\n  assume_role_policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { Service = "<service>.amazonaws.com" }\n      Action    = "sts:AssumeRole"\n      Condition = {\n        StringEquals = { "aws:SourceAccount" = "<account-id>" }\n        ArnLike      = { "aws:SourceArn" = "<calling-resource-arn>" }\n      }\n    }]\n  })\n}',
    nativeIaC:
      'Resources:\n  ServiceRole:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Principal: { Service: <service>.amazonaws.com }\n            Action: sts:AssumeRole\n            Condition:\n              StringEquals:\n                aws:SourceAccount: !Ref AWS::AccountId\n              ArnLike:\n                aws:SourceArn: <calling-resource-arn>',
  },
  params: { trusted_account_ids: [] as string[] },
  uses: [authorizationDetails, organization, organizationAccounts],
  run(ctx) {
    const details = ctx.global(authorizationDetails);
    if (!details.ok) return ctx.error(ctx.accountResource(), details.error);
    const t = trustContext(ctx);
    for (const r of details.data.roles) {
      if (isServiceLinkedRole(r)) continue;
      const services = trustGrants(r.trustPolicy).filter((g) => g.kind === 'service');
      if (!services.length) continue;
      const resource = { arn: r.arn, id: r.name, name: r.name, region: ctx.homeRegion };
      const open = [...new Set(unguardedServiceTrust(r.trustPolicy, t).map((g) => g.principal))];
      if (open.length) ctx.fail(resource, `Role ${r.name} lets ${open.join(', ')} assume it without an aws:SourceAccount, aws:SourceArn or aws:SourceOrgID condition limiting the caller to this account.`);
      else ctx.pass(resource, `Role ${r.name} limits every trusted service (${[...new Set(services.map((g) => g.principal))].join(', ')}) to callers from this account, its resources or its Organization.`);
    }
  },
});
