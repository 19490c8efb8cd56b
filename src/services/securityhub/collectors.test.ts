import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DescribeHubCommand,
  DescribeOrganizationConfigurationCommand,
  EnableSecurityHubCommand,
  ListOrganizationAdminAccountsCommand,
  SecurityHubClient,
} from '@aws-sdk/client-securityhub';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { hub, organizationAdministration } from './collectors.js';

describe('securityhub collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('reads the hub where it is enabled and "not subscribed" as disabled elsewhere', async () => {
    await new SecurityHubClient(moto.config('us-east-1')).send(new EnableSecurityHubCommand({}));
    const inv = await collectFromMoto(moto, [hub], ['us-east-1', 'eu-west-1']);
    expect(inv.get(hub, 'us-east-1')).toMatchObject({
      ok: true,
      data: { enabled: true, hubArn: 'arn:aws:securityhub:us-east-1:123456789012:hub/default' },
    });
    expect(inv.get(hub, 'eu-west-1')).toEqual({ ok: true, data: { enabled: false } });
  });
});

describe('securityhub errors (aws-sdk-client-mock)', () => {
  it('AccessDenied on DescribeHub stays an error', async () => {
    const mock = mockClient(SecurityHubClient);
    try {
      mock.on(DescribeHubCommand).rejects(Object.assign(new Error('not authorized to perform securityhub:DescribeHub'), { name: 'AccessDeniedException' }));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [hub]);
      expect(inv.get(hub)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'securityhub:DescribeHub' } });
    } finally {
      mock.restore();
    }
  });

  it('an InvalidAccessException that is not about the subscription stays an error', async () => {
    const mock = mockClient(SecurityHubClient);
    try {
      mock.on(DescribeHubCommand).rejects(Object.assign(new Error('The caller is not the administrator account'), { name: 'InvalidAccessException' }));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [hub]);
      expect(inv.get(hub)).toMatchObject({ ok: false, error: { code: 'InvalidAccessException' } });
    } finally {
      mock.restore();
    }
  });

  it('reads the Organization administrators (aws-sdk-client-mock: moto lacks ListOrganizationAdminAccounts)', async () => {
    const mock = mockClient(SecurityHubClient);
    try {
      mock.on(ListOrganizationAdminAccountsCommand).resolves({ AdminAccounts: [{ AccountId: '222222222222', Status: 'ENABLED' }] });
      mock.on(DescribeOrganizationConfigurationCommand).rejects(Object.assign(new Error('Account 123456789012 is not an administrator for this organization'), { name: 'InvalidAccessException' }));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [organizationAdministration]);
      expect(inv.get(organizationAdministration)).toEqual({ ok: true, data: { admins: [{ accountId: '222222222222', status: 'ENABLED' }], thisAccountAdministers: false } });
    } finally {
      mock.restore();
    }
  });

  it('a member account: the management-only refusal is null, the administrator\'s own configuration proves it administers; an IAM denial stays an error (aws-sdk-client-mock)', async () => {
    const mock = mockClient(SecurityHubClient);
    try {
      mock.on(ListOrganizationAdminAccountsCommand).rejects(Object.assign(new Error('Only the organization management account can call this operation'), { name: 'InvalidAccessException' }));
      mock.on(DescribeOrganizationConfigurationCommand).resolves({ AutoEnable: true, OrganizationConfiguration: { ConfigurationType: 'CENTRAL' } });
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [organizationAdministration]);
      expect(inv.get(organizationAdministration)).toEqual({ ok: true, data: { admins: null, thisAccountAdministers: true, autoEnable: true, configurationType: 'CENTRAL' } });
      mock.reset();
      mock.on(ListOrganizationAdminAccountsCommand).rejects(Object.assign(new Error('User: arn:aws:iam::123456789012:user/administrator is not authorized to perform: securityhub:ListOrganizationAdminAccounts'), { name: 'AccessDeniedException' }));
      const denied = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [organizationAdministration]);
      expect(denied.get(organizationAdministration)).toMatchObject({ ok: false, error: { kind: 'AccessDenied' } });
    } finally {
      mock.restore();
    }
  });
});
