/**
 * The account password policy checks share one shape: read the policy once, report ERROR when it could
 * not be read, FAIL when there is none, and otherwise judge one setting of it.
 */
import { defineCheck, type Check, type CheckMetadata, type Params } from '../../core/check.js';
import { passwordPolicy, type PasswordPolicy } from './collectors.js';

export interface Verdict {
  pass: boolean;
  message: string;
}

type Meta<P extends Params> = Omit<CheckMetadata<P>, 'service' | 'resourceType' | 'categories' | 'uses'>;

/**
 * The account password policy every sibling check asks for (CIS): one Terraform resource holds all of it, and
 * CloudFormation has no resource for it (src/iac-none.ts says so for each sibling).
 */
export const PASSWORD_POLICY_TERRAFORM = [
  'resource "aws_iam_account_password_policy" "this" {',
  '  minimum_password_length        = 14',
  '  require_lowercase_characters   = true',
  '  require_uppercase_characters   = true',
  '  require_numbers                = true',
  '  require_symbols                = true',
  '  password_reuse_prevention      = 24',
  '  max_password_age               = 90',
  '  allow_users_to_change_password = true',
  '}',
].join('\n');

export function definePasswordPolicyCheck<P extends Params = Params>(
  meta: Meta<P> & { judge(policy: PasswordPolicy, params: P): Verdict },
): Check<P> {
  const { judge, ...rest } = meta;
  return defineCheck<P>({
    ...rest,
    remediation: { terraform: PASSWORD_POLICY_TERRAFORM, ...rest.remediation },
    service: 'iam',
    resourceType: 'AwsIamPolicy',
    categories: ['identity-access'],
    uses: [passwordPolicy],
    run(ctx) {
      const account = ctx.accountResource();
      const policy = ctx.global(passwordPolicy);
      if (!policy.ok) return ctx.error(account, policy.error);
      if (!policy.data.exists) return ctx.fail(account, 'The account has no IAM password policy, so AWS defaults apply to console passwords.');
      const v = judge(policy.data, ctx.params);
      if (v.pass) ctx.pass(account, v.message);
      else ctx.fail(account, v.message);
    },
  });
}

type CharacterRule = 'requireUppercase' | 'requireLowercase' | 'requireSymbols' | 'requireNumbers';

/** Judge for a "passwords must contain at least one X" setting. */
export const requires =
  (rule: CharacterRule, what: string) =>
  (policy: PasswordPolicy): Verdict =>
    policy[rule]
      ? { pass: true, message: `The password policy requires at least one ${what}.` }
      : { pass: false, message: `The password policy does not require any ${what}.` };
