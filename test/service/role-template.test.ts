/** The customer's role template: valid CloudFormation (checked against the CloudFormation resource specification), read-only, external id required. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { specification } from '@aws-cdk/cfnspec';
import { cloudFormationTemplate, terraformTemplate, EXTRA_READ_ACTIONS } from '../../src/service/role-template.js';
import { runCli } from '../helpers/cli.js';

const opts = { servicePrincipalArn: 'arn:aws:iam::999999999999:role/prowl-service', externalId: 'prowl-AbCdEfGhIjKlMnOp' };

describe('role template', () => {
  it('is CloudFormation whose every resource type and property exists in the CloudFormation resource specification', () => {
    const doc = parse(cloudFormationTemplate(opts)) as { AWSTemplateFormatVersion: string; Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>; Outputs: Record<string, unknown> };
    expect(doc.AWSTemplateFormatVersion).toBe('2010-09-09');
    const spec = specification();
    for (const [name, r] of Object.entries(doc.Resources)) {
      const type = spec.ResourceTypes[r.Type];
      expect(type, `${name}: ${r.Type}`).toBeDefined();
      for (const p of Object.keys(r.Properties)) expect(type.Properties?.[p], `${r.Type}.${p}`).toBeDefined();
      for (const [p, def] of Object.entries(type.Properties ?? {})) if ((def as { Required?: boolean }).Required) expect(r.Properties[p], `${r.Type} requires ${p}`).toBeDefined();
      // Inline policies have the fields AWS::IAM::Role.Policy requires.
      const policyType = spec.PropertyTypes['AWS::IAM::Role.Policy'] as { Properties?: Record<string, { Required?: boolean }> };
      for (const pol of (r.Properties.Policies as Array<Record<string, unknown>>) ?? []) {
        for (const [p, def] of Object.entries(policyType.Properties ?? {})) if ((def as { Required?: boolean }).Required) expect(pol[p], `Policy requires ${p}`).toBeDefined();
        for (const p of Object.keys(pol)) expect(policyType.Properties?.[p], `Policy.${p}`).toBeDefined();
      }
    }
    expect(Object.keys(doc.Outputs)).toEqual(['RoleArn']);
  });

  it('trusts only the service principal with the account external id, and grants reads only', () => {
    const doc = parse(cloudFormationTemplate(opts)) as { Resources: { ProwlScanRole: { Properties: { AssumeRolePolicyDocument: { Statement: Array<Record<string, any>> }; ManagedPolicyArns: Array<Record<string, string>>; Policies: Array<{ PolicyDocument: { Statement: Array<{ Action: string[]; Effect: string }> } }> } } } };
    const p = doc.Resources.ProwlScanRole.Properties;
    expect(p.AssumeRolePolicyDocument.Statement).toHaveLength(1);
    const trust = p.AssumeRolePolicyDocument.Statement[0];
    expect(trust.Principal).toEqual({ AWS: opts.servicePrincipalArn });
    expect(trust.Condition).toEqual({ StringEquals: { 'sts:ExternalId': opts.externalId } });
    expect(p.ManagedPolicyArns.map((a) => a['Fn::Sub'])).toEqual(['arn:${AWS::Partition}:iam::aws:policy/SecurityAudit', 'arn:${AWS::Partition}:iam::aws:policy/job-function/ViewOnlyAccess']);
    const actions = p.Policies.flatMap((x) => x.PolicyDocument.Statement.flatMap((s) => (s.Effect === 'Allow' ? s.Action : [])));
    expect(actions.length).toBe(EXTRA_READ_ACTIONS.length);
    for (const a of actions) expect(a, a).toMatch(/^[a-z0-9-]+:(Get|List|Describe|BatchGet)[A-Za-z0-9]*$/);
    const tf = terraformTemplate(opts);
    expect(tf).toContain('resource "aws_iam_role" "prowl_scan"');
    expect(tf).toContain(opts.externalId);
    expect(tf).toContain('policy/SecurityAudit');
  });

  it('prowl role-template prints it, and refuses a malformed principal', async () => {
    const ok = await runCli(['role-template', '--principal-arn', opts.servicePrincipalArn, '--external-id', opts.externalId]);
    expect(ok.code).toBe(0);
    expect(parse(ok.stdout).Resources.ProwlScanRole.Type).toBe('AWS::IAM::Role');
    const tf = await runCli(['role-template', '--principal-arn', opts.servicePrincipalArn, '--external-id', opts.externalId, '--format', 'terraform']);
    expect(tf.stdout).toContain('aws_iam_role_policy_attachment');
    const bad = await runCli(['role-template', '--principal-arn', 'someone', '--external-id', 'x1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});
