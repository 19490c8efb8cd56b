import { defineCheck } from '../../../core/check.js';
import { userPools, userPoolWebAcls } from '../collectors.js';
import { runPoolFactCheck } from '../pool-checks.js';

export default defineCheck({
  id: 'cognito_user_pool_waf_acl_attached',
  title: 'Cognito user pools are protected by an AWS WAF web ACL',
  service: 'cognito',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['threat-detection', 'internet-exposed'],
  description:
    'Asks AWS WAF (GetWebACLForResource) which web ACL, if any, is associated with each Cognito user pool. A pool with no web ACL fails: its hosted UI and its public authentication endpoints receive every request unfiltered.',
  risk:
    'Sign-in, sign-up and password-reset endpoints of a user pool are reachable from anywhere. Without WAF rules, credential stuffing, password spraying and sign-up floods are limited only by Cognito quotas, and bot traffic cannot be blocked by IP reputation, rate or geography.',
  remediation: {
    text: 'Create a regional AWS WAF web ACL (with rate-based and managed IP-reputation rules, for example) in the region of the user pool and associate it with the pool.',
    url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-waf.html',
    cli: 'aws wafv2 associate-web-acl --web-acl-arn <web-acl-arn> --resource-arn <user-pool-arn>',
    nativeIaC: [
      'UserPoolWebAcl:',
      '  Type: AWS::WAFv2::WebACLAssociation',
      '  Properties:',
      '    ResourceArn: !GetAtt UserPool.Arn',
      '    WebACLArn: !GetAtt RegionalWebAcl.Arn',
    ].join('\n'),
    terraform: 'resource "aws_wafv2_web_acl_association" "user_pool" {\n  resource_arn = aws_cognito_user_pool.main.arn\n  web_acl_arn  = aws_wafv2_web_acl.regional.arn\n}',
  },
  uses: [userPools, userPoolWebAcls],
  run(ctx) {
    runPoolFactCheck(ctx, userPoolWebAcls, (acl, label) =>
      acl ? [true, `${label} is protected by AWS WAF web ACL ${acl.name}.`] : [false, `${label} has no AWS WAF web ACL associated.`],
    );
  },
});
