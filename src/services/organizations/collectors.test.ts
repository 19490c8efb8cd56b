import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateAccountCommand,
  CreateOrganizationCommand,
  DescribeOrganizationCommand,
  ListAccountsCommand,
  ListDelegatedAdministratorsCommand,
  OrganizationsClient,
  RegisterDelegatedAdministratorCommand,
  ListRootsCommand,
  EnablePolicyTypeCommand,
  CreatePolicyCommand,
  AttachPolicyCommand,
} from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, TEST_ACCOUNT, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { delegatedAdministrators, organization, organizationAccounts, organizationPolicies } from './collectors.js';

const awsError = (name: string, status = 400) =>
  Object.assign(new Error(name), { name, $fault: 'client', $metadata: { httpStatusCode: status } });

describe('organizations collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('reports "not in an organization", then the delegated administrators of a new one', async () => {
    const before = await collectFromMoto(moto, [delegatedAdministrators]);
    expect(before.get(delegatedAdministrators)).toEqual({ ok: true, data: { inOrganization: false, admins: [] } });

    const org = new OrganizationsClient(moto.config());
    const { Organization } = await org.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    const empty = await collectFromMoto(moto, [delegatedAdministrators]);
    expect(empty.get(delegatedAdministrators)).toEqual({
      ok: true,
      data: { inOrganization: true, organizationId: Organization!.Id, managementAccountId: TEST_ACCOUNT, admins: [] },
    });

    await org.send(new CreateAccountCommand({ AccountName: 'security', Email: 'security@example.com' }));
    const { Accounts = [] } = await org.send(new ListAccountsCommand({}));
    const security = Accounts.find((a) => a.Name === 'security')!;
    await org.send(new RegisterDelegatedAdministratorCommand({ AccountId: security.Id, ServicePrincipal: 'guardduty.amazonaws.com' }));

    const inv = await collectFromMoto(moto, [delegatedAdministrators]);
    const res = inv.get(delegatedAdministrators);
    expect(res.ok && res.data.admins).toEqual([
      expect.objectContaining({ id: security.Id, name: 'security', arn: security.Arn, delegationEnabledDate: expect.stringMatching(/^\d{4}-/) }),
    ]);
  });
});

describe('organizations collectors (aws-sdk-client-mock)', () => {
  const offline = { endpoint: 'http://127.0.0.1:9' } as Moto;

  it('a member account that is refused the list records admins: null (aws-sdk-client-mock: moto has no member-account identity)', async () => {
    const org = mockClient(OrganizationsClient);
    try {
      org.on(DescribeOrganizationCommand).resolves({ Organization: { Id: 'o-abc123', MasterAccountId: '999999999999' } });
      org.on(ListDelegatedAdministratorsCommand).rejects(awsError('AccessDeniedException', 403));
      const inv = await collectFromMoto(offline, [delegatedAdministrators]);
      expect(inv.get(delegatedAdministrators)).toEqual({
        ok: true,
        data: { inOrganization: true, organizationId: 'o-abc123', managementAccountId: '999999999999', admins: null },
      });
    } finally {
      org.restore();
    }
  });

  it('AccessDenied in the management account is an error naming ListDelegatedAdministrators', async () => {
    const org = mockClient(OrganizationsClient);
    try {
      org.on(DescribeOrganizationCommand).resolves({ Organization: { Id: 'o-abc123', MasterAccountId: TEST_ACCOUNT } });
      org.on(ListDelegatedAdministratorsCommand).rejects(awsError('AccessDeniedException', 403));
      const inv = await collectFromMoto(offline, [delegatedAdministrators]);
      expect(inv.get(delegatedAdministrators)).toMatchObject({
        ok: false,
        error: { kind: 'AccessDenied', code: 'AccessDeniedException', operation: 'organizations:ListDelegatedAdministrators' },
      });
    } finally {
      org.restore();
    }
  });

  it('asks DescribeOrganization once when the membership and the delegated administrators are both collected (aws-sdk-client-mock)', async () => {
    const org = mockClient(OrganizationsClient);
    try {
      org.on(DescribeOrganizationCommand).resolves({ Organization: { Id: 'o-abc123', MasterAccountId: TEST_ACCOUNT, FeatureSet: 'ALL' } });
      org.on(ListDelegatedAdministratorsCommand).resolves({ DelegatedAdministrators: [] });
      const inv = await collectFromMoto(offline, [organization, delegatedAdministrators]);
      expect(inv.get(organization)).toMatchObject({ ok: true, data: { id: 'o-abc123' } });
      expect(inv.get(delegatedAdministrators)).toMatchObject({ ok: true, data: { organizationId: 'o-abc123', admins: [] } });
      expect(org.commandCalls(DescribeOrganizationCommand)).toHaveLength(1);
    } finally {
      org.restore();
    }
  });

  it('a denied DescribeOrganization does not hide a readable list; both denied is an error', async () => {
    const org = mockClient(OrganizationsClient);
    try {
      org.on(DescribeOrganizationCommand).rejects(awsError('AccessDeniedException', 403));
      org.on(ListDelegatedAdministratorsCommand).resolves({ DelegatedAdministrators: [{ Id: '111111111111', Arn: 'arn:aws:organizations::123456789012:account/o-abc123/111111111111' }] });
      const inv = await collectFromMoto(offline, [delegatedAdministrators]);
      expect(inv.get(delegatedAdministrators)).toEqual({
        ok: true,
        data: { inOrganization: true, admins: [{ id: '111111111111', arn: 'arn:aws:organizations::123456789012:account/o-abc123/111111111111' }] },
      });
      org.on(ListDelegatedAdministratorsCommand).rejects(awsError('AccessDeniedException', 403));
      const inv2 = await collectFromMoto(offline, [delegatedAdministrators]);
      expect(inv2.get(delegatedAdministrators)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'organizations:ListDelegatedAdministrators' } });
    } finally {
      org.restore();
    }
  });
});

describe('organizations account and policy collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('reads the organization, its accounts and its policies with content and targets', async () => {
    const before = await collectFromMoto(moto, [organization, organizationAccounts, organizationPolicies]);
    expect(before.get(organization)).toEqual({ ok: true, data: { inOrganization: false } });
    expect(before.get(organizationAccounts)).toEqual({ ok: true, data: { accounts: [] } });

    const org = new OrganizationsClient(moto.config());
    const { Organization } = await org.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    await org.send(new CreateAccountCommand({ AccountName: 'dev', Email: 'dev@example.com' }));
    const { Roots = [] } = await org.send(new ListRootsCommand({}));
    await org.send(new EnablePolicyTypeCommand({ RootId: Roots[0].Id, PolicyType: 'TAG_POLICY' }));
    const content = { tags: { team: { tag_key: { '@@assign': 'team' } } } };
    const { Policy } = await org.send(new CreatePolicyCommand({ Name: 'teams', Type: 'TAG_POLICY', Description: 'd', Content: JSON.stringify(content) }));
    await org.send(new AttachPolicyCommand({ PolicyId: Policy!.PolicySummary!.Id, TargetId: Roots[0].Id }));

    const inv = await collectFromMoto(moto, [organization, organizationAccounts, organizationPolicies]);
    expect(inv.get(organization)).toMatchObject({ ok: true, data: { inOrganization: true, id: Organization!.Id, managementAccountId: TEST_ACCOUNT, featureSet: 'ALL' } });
    const accounts = inv.get(organizationAccounts);
    expect(accounts.ok && accounts.data.accounts?.map((a) => a.name).sort()).toEqual(['dev', 'master']);
    const policies = inv.get(organizationPolicies);
    expect(policies.ok).toBe(true);
    if (!policies.ok) return;
    const tags = policies.data.byType.TAG_POLICY;
    expect(tags.ok && tags.data).toEqual([expect.objectContaining({ name: 'teams', content, targets: [expect.objectContaining({ id: Roots[0].Id })] })]);
    const scps = policies.data.byType.SERVICE_CONTROL_POLICY;
    expect(scps.ok && scps.data.map((p) => p.name)).toContain('FullAWSAccess');
  });

  it('a member account that may not list accounts gets null, not an error (aws-sdk-client-mock: moto is always the management account)', async () => {
    const mock = mockClient(OrganizationsClient);
    mock.on(ListAccountsCommand).rejects(awsError('AccessDeniedException'));
    try {
      const inv = await collectFromMoto(moto, [organizationAccounts]);
      expect(inv.get(organizationAccounts)).toEqual({ ok: true, data: { accounts: null } });
    } finally {
      mock.restore();
    }
  });
});
