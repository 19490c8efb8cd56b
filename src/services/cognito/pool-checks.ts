/** Shared walkers for the Cognito checks: one finding per user pool, app client or identity pool. */
import type { EvalContext } from '../../core/check.js';
import type { Fact } from '../../core/fact.js';
import type { ResourceRef, Result } from '../../core/types.js';
import { describeCallError } from '../../aws/errors.js';
import { entryFor, listed } from '../../lib/resource-policy.js';
import { userPoolClients, userPools, type UserPool, type UserPoolClient, type UserPoolDetail } from './collectors.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctx = EvalContext<any>;

/** A verdict: [true, message] passes, [false, message] fails. */
export type Verdict = [boolean, string];

export const poolResource = (p: UserPool, region: string): ResourceRef => ({ arn: p.arn, id: p.id, name: p.name, region });

/** One finding per user pool, judged on its DescribeUserPool detail. */
export function runPoolCheck(ctx: Ctx, judge: (d: UserPoolDetail, label: string) => Verdict): void {
  for (const { region, result } of ctx.regional(userPools)) {
    for (const p of listed(ctx, region, result, 'Cognito user pools')) {
      const resource = poolResource(p, region);
      if (!p.detail.ok) {
        ctx.error(resource, p.detail.error, `Could not describe user pool ${p.name}: ${describeCallError(p.detail.error)}.`);
        continue;
      }
      const [ok, message] = judge(p.detail.data, `User pool ${p.name}`);
      if (ok) ctx.pass(resource, message);
      else ctx.fail(resource, message);
    }
  }
}

/** One finding per user pool, judged on a per-pool fact (keyed by pool ARN). */
export function runPoolFactCheck<T>(ctx: Ctx, fact: Fact<Record<string, Result<T>>>, judge: (v: T, label: string, pool: UserPool) => Verdict): void {
  const byRegion = new Map(ctx.regional(fact).map(({ region, result }) => [region, result]));
  for (const { region, result } of ctx.regional(userPools)) {
    for (const p of listed(ctx, region, result, 'Cognito user pools')) {
      const resource = poolResource(p, region);
      const entry = entryFor(byRegion.get(region)!, p.arn, fact.operation);
      if (!entry.ok) {
        ctx.error(resource, entry.error, `Could not read ${fact.operation} for user pool ${p.name}: ${describeCallError(entry.error)}.`);
        continue;
      }
      const [ok, message] = judge(entry.data, `User pool ${p.name}`, p);
      if (ok) ctx.pass(resource, message);
      else ctx.fail(resource, message);
    }
  }
}

/** One finding per app client of every user pool. */
export function runClientCheck(ctx: Ctx, judge: (c: UserPoolClient, label: string) => Verdict): void {
  const byRegion = new Map(ctx.regional(userPoolClients).map(({ region, result }) => [region, result]));
  for (const { region, result } of ctx.regional(userPools)) {
    for (const p of listed(ctx, region, result, 'Cognito user pools')) {
      const entry = entryFor(byRegion.get(region)!, p.arn, userPoolClients.operation);
      if (!entry.ok) {
        ctx.error(poolResource(p, region), entry.error, `Could not read the app clients of user pool ${p.name}: ${describeCallError(entry.error)}.`);
        continue;
      }
      for (const c of entry.data) {
        const [ok, message] = judge(c, `App client ${c.name} of user pool ${p.name}`);
        const resource = { arn: c.arn, id: c.id, name: c.name, region };
        if (ok) ctx.pass(resource, message);
        else ctx.fail(resource, message);
      }
    }
  }
}

/** The pool password policy the password-policy checks ask for, as code (each check names one of its settings). */
export const POOL_PASSWORD_POLICY_IAC = {
  terraform: [
    'resource "aws_cognito_user_pool" "this" {',
    '  name = "<pool-name>"',
    '  password_policy {',
    '    minimum_length                   = 14',
    '    require_lowercase                = true',
    '    require_uppercase                = true',
    '    require_numbers                  = true',
    '    require_symbols                  = true',
    '    temporary_password_validity_days = 7',
    '  }',
    '}',
  ].join('\n'),
  nativeIaC: [
    'Resources:',
    '  UserPool:',
    '    Type: AWS::Cognito::UserPool',
    '    Properties:',
    '      Policies:',
    '        PasswordPolicy:',
    '          MinimumLength: 14',
    '          RequireLowercase: true',
    '          RequireUppercase: true',
    '          RequireNumbers: true',
    '          RequireSymbols: true',
    '          TemporaryPasswordValidityDays: 7',
  ].join('\n'),
};
