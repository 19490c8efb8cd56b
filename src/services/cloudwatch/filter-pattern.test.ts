import { describe, expect, it } from 'vitest';
import { compileFilterPattern, type LogEvent } from './filter-pattern.js';

const event: LogEvent = {
  eventSource: 'ec2.amazonaws.com',
  eventName: 'AuthorizeSecurityGroupIngress',
  errorCode: 'Client.UnauthorizedOperation',
  readOnly: false,
  count: 3,
  nothing: null,
  userIdentity: { type: 'IAMUser', userName: 'alice' },
  resources: [{ ARN: 'arn:aws:ec2:us-east-1:111122223333:security-group/sg-1' }],
};
const m = (pattern: string, e: LogEvent = event): boolean => {
  const c = compileFilterPattern(pattern);
  if (!c.ok) throw new Error(c.reason);
  return c.match(e);
};

describe('compileFilterPattern', () => {
  it('compares JSON properties with quoted and bare values, ignoring spacing', () => {
    expect(m('{ $.eventName = "AuthorizeSecurityGroupIngress" }')).toBe(true);
    expect(m('{$.eventName=AuthorizeSecurityGroupIngress}')).toBe(true);
    expect(m('{ $.eventSource = ec2.amazonaws.com && $.userIdentity.type = IAMUser }')).toBe(true);
    expect(m('{ $.eventName = "CreateSecurityGroup" }')).toBe(false);
    expect(m('{ $.eventName != "CreateSecurityGroup" }')).toBe(true);
    expect(m('{ $.eventName = "authorizesecuritygroupingress" }')).toBe(false); // case-sensitive
  });
  it('supports wildcards anywhere in a value', () => {
    expect(m('{ $.errorCode = "*UnauthorizedOperation" }')).toBe(true);
    expect(m('{ $.errorCode = "AccessDenied*" }')).toBe(false);
    expect(m('{ $.eventName = Authorize*Ingress }')).toBe(true);
    expect(m('{ $.missing = * }')).toBe(false);
  });
  it('gives && precedence over || and honours parentheses', () => {
    // A || (B && C): true through A alone.
    expect(m('{ $.eventName = "AuthorizeSecurityGroupIngress" || $.eventName = "x" && $.eventSource = "y" }')).toBe(true);
    // (A || B) && C: C is false.
    expect(m('{ ($.eventName = "AuthorizeSecurityGroupIngress" || $.eventName = "x") && $.eventSource = "y" }')).toBe(false);
    expect(m('{ ((($.eventName = "AuthorizeSecurityGroupIngress"))) }')).toBe(true);
  });
  it('handles NOT EXISTS, IS NULL, IS TRUE/FALSE, numbers, booleans, array indexes and regexes', () => {
    expect(m('{ $.userIdentity.invokedBy NOT EXISTS }')).toBe(true);
    expect(m('{ $.userIdentity.type NOT EXISTS }')).toBe(false);
    expect(m('{ $.nothing IS NULL }')).toBe(true);
    expect(m('{ $.readOnly IS FALSE }')).toBe(true);
    expect(m('{ $.readOnly = false }')).toBe(true);
    expect(m('{ $.count >= 3 && $.count < 4 && $.count = 3 }')).toBe(true);
    expect(m('{ $.resources[0].ARN = "*:security-group/*" }')).toBe(true);
    expect(m('{ $.eventName = %Authorize.*(Ingress|Egress)% }')).toBe(true);
    expect(m('{ $.eventName != %^Revoke% }')).toBe(true);
  });
  it('matches term patterns against the raw event text', () => {
    expect(m('AuthorizeSecurityGroupIngress')).toBe(true);
    expect(m('"AuthorizeSecurityGroupIngress" "alice"')).toBe(true);
    expect(m('AuthorizeSecurityGroupIngress bob')).toBe(false);
    expect(m('?bob ?alice')).toBe(true);
    expect(m('AuthorizeSecurityGroupIngress -alice')).toBe(false);
    expect(m('')).toBe(true);
  });
  it('reports syntax it cannot evaluate instead of guessing', () => {
    for (const p of ['{ $.eventName = }', '{ $.eventName = "x" ', '{ eventName = "x" }', '{ $.a = "x" } trailing', '{ $.a > "x" }', '[ip, user, ...]']) {
      expect(compileFilterPattern(p).ok, p).toBe(false);
    }
  });
});
