import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mockClient, type AwsClientStub } from 'aws-sdk-client-mock';
import {
  CreateAccessKeyCommand,
  CreateLoginProfileCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  GenerateCredentialReportCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  IAMClient,
  ListMFADevicesCommand,
  ListOrganizationsFeaturesCommand,
  ListUsersCommand,
  ListVirtualMFADevicesCommand,
  UpdateAccessKeyCommand,
  UpdateAccountPasswordPolicyCommand,
} from '@aws-sdk/client-iam';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import {
  accountSummary,
  credentialReport,
  organizationsFeatures,
  parseCredentialReport,
  passwordPolicy,
  virtualMfaDevices,
  userMfaDevices,
  mfaDeviceType,
  MFA_REPORT_TRUSTED_MS,
} from './collectors.js';

describe('iam collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('reads the credential report and the password policy', async () => {
    const iam = new IAMClient(moto.config());
    await iam.send(new CreateUserCommand({ UserName: 'alice' }));
    await iam.send(new CreateLoginProfileCommand({ UserName: 'alice', Password: 'Sup3r-secret-pass!' }));
    await iam.send(new CreateUserCommand({ UserName: 'bob' }));
    await iam.send(new CreateAccessKeyCommand({ UserName: 'bob' }));
    const second = await iam.send(new CreateAccessKeyCommand({ UserName: 'bob' }));
    await iam.send(new UpdateAccessKeyCommand({ UserName: 'bob', AccessKeyId: second.AccessKey!.AccessKeyId, Status: 'Inactive' }));
    const before = await collectFromMoto(moto, [passwordPolicy]);
    expect(before.get(passwordPolicy)).toEqual({ ok: true, data: { exists: false } });

    await iam.send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 15, RequireSymbols: true, PasswordReusePrevention: 24, MaxPasswordAge: 90 }));
    const inv = await collectFromMoto(moto, [credentialReport, passwordPolicy]);
    const report = inv.get(credentialReport);
    expect(report).toMatchObject({ ok: true });
    if (!report.ok) return;
    expect(report.data.root).toBeNull(); // moto's report has no root row
    const alice = report.data.users.find((u) => u.user === 'alice');
    const bob = report.data.users.find((u) => u.user === 'bob');
    expect(alice).toMatchObject({ arn: 'arn:aws:iam::123456789012:user/alice', passwordEnabled: true, passwordLastUsed: null, accessKey1Active: false });
    expect(bob).toMatchObject({ passwordEnabled: false, accessKey1Active: true, accessKey1LastUsed: null, accessKey2Active: false });
    expect(bob?.accessKey1LastRotated).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(bob?.accessKey2LastRotated).toMatch(/^\d{4}-\d\d-\d\dT/);
    const policy = inv.get(passwordPolicy);
    expect(policy).toMatchObject({ ok: true, data: { exists: true, minimumLength: 15, requireSymbols: true, requireUppercase: false, reusePrevention: 24, maxPasswordAge: 90 } });
  });

  it('reads the root MFA and key flags from the account summary', async () => {
    const inv = await collectFromMoto(moto, [accountSummary]);
    expect(inv.get(accountSummary)).toEqual({ ok: true, data: { rootMfaEnabled: false, rootAccessKeysPresent: false } });
  });

  it('lists only assigned virtual MFA devices, with the user they belong to', async () => {
    const iam = new IAMClient(moto.config());
    await iam.send(new CreateUserCommand({ UserName: 'carol' }));
    const assigned = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'carol-phone' }));
    await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'spare' }));
    await iam.send(
      new EnableMFADeviceCommand({
        UserName: 'carol',
        SerialNumber: assigned.VirtualMFADevice!.SerialNumber,
        AuthenticationCode1: '123456',
        AuthenticationCode2: '654321',
      }),
    );
    const inv = await collectFromMoto(moto, [virtualMfaDevices, credentialReport]);
    expect(inv.get(virtualMfaDevices)).toEqual({
      ok: true,
      data: [{ serialNumber: 'arn:aws:iam::123456789012:mfa/carol-phone', userArn: 'arn:aws:iam::123456789012:user/carol' }],
    });
    const report = inv.get(credentialReport);
    expect(report.ok && report.data.users.find((u) => u.user === 'carol')?.mfaActive).toBe(true);
  });

  it('lists each user with its MFA devices and tells virtual from hardware ones', async () => {
    const iam = new IAMClient(moto.config());
    await iam.send(new CreateUserCommand({ UserName: 'hank' }));
    await iam.send(new EnableMFADeviceCommand({ UserName: 'hank', SerialNumber: 'GAHT12345678', AuthenticationCode1: '123456', AuthenticationCode2: '654321' }));
    const inv = await collectFromMoto(moto, [userMfaDevices]);
    const res = inv.get(userMfaDevices);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const byName = Object.fromEntries(res.data.map((u) => [u.name, u.devices]));
    expect(byName.hank).toEqual({ ok: true, data: [{ serialNumber: 'GAHT12345678', type: 'hardware' }] });
    expect(byName.carol).toEqual({ ok: true, data: [{ serialNumber: 'arn:aws:iam::123456789012:mfa/carol-phone', type: 'virtual' }] });
    expect(mfaDeviceType('arn:aws:iam::123456789012:u2f/user/hank/key-1')).toBe('u2f');
  });
});

describe('parseCredentialReport', () => {
  it('splits out the root row and maps AWS placeholders to null', () => {
    const csv = [
      'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated',
      '<root_account>,arn:aws:iam::123456789012:root,2019-03-01T10:00:00+00:00,not_supported,2026-10-30T08:15:00+00:00,not_supported,not_supported,true,true,2020-01-01T00:00:00+00:00,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A',
      'dave,arn:aws:iam::123456789012:user/dave,2024-05-01T00:00:00+00:00,true,no_information,2024-05-01T00:00:00+00:00,N/A,false,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A',
    ].join('\n');
    const r = parseCredentialReport(csv, '2026-11-01T00:00:00.000Z');
    expect(r.root).toMatchObject({
      arn: 'arn:aws:iam::123456789012:root',
      passwordEnabled: null,
      passwordLastUsed: '2026-10-30T08:15:00.000Z',
      mfaActive: true,
      accessKey1Active: true,
      accessKey1LastRotated: '2020-01-01T00:00:00.000Z',
      accessKey1LastUsed: null,
    });
    expect(r.users).toHaveLength(1);
    expect(r.users[0]).toMatchObject({ user: 'dave', passwordEnabled: true, passwordLastUsed: null, passwordLastChanged: '2024-05-01T00:00:00.000Z' });
  });

  it('keeps user names and paths with commas whole, quoted or not', () => {
    const head = 'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
    const tail = '2024-05-01T00:00:00+00:00,true,N/A,2024-05-01T00:00:00+00:00,N/A,true,true,2024-05-01T00:00:00+00:00,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A';
    const csv = [
      head,
      `ops,admin,arn:aws:iam::123456789012:user/teams/a,b/ops,admin,${tail}`,
      `"qa,lead","arn:aws:iam::123456789012:user/qa,lead",${tail}`,
      `erin,arn:aws:iam::123456789012:user/erin,${tail}`,
    ].join('\n');
    const { users } = parseCredentialReport(csv, null);
    expect(users.map((u) => [u.user, u.arn, u.mfaActive, u.accessKey1Active])).toEqual([
      ['ops,admin', 'arn:aws:iam::123456789012:user/teams/a,b/ops,admin', true, true],
      ['qa,lead', 'arn:aws:iam::123456789012:user/qa,lead', true, true],
      ['erin', 'arn:aws:iam::123456789012:user/erin', true, true],
    ]);
  });
});

describe('iam collectors with aws-sdk-client-mock', () => {
  // Created in beforeAll: mockClient patches IAMClient.prototype, which the moto tests above must not see.
  let iamMock: AwsClientStub<IAMClient>;
  const awsError = (name: string) => Object.assign(new Error(`${name} raised`), { name, $metadata: {} });
  beforeAll(() => {
    iamMock = mockClient(IAMClient);
  });
  afterEach(() => iamMock.reset());
  afterAll(() => iamMock.restore());
  const moto = { endpoint: 'http://127.0.0.1:9' } as Moto; // never contacted: every call is mocked

  it('asks ListMFADevices only where the answer can matter: a recent credential report and the live virtual-device list stand in for users without MFA (aws-sdk-client-mock: moto cannot date a report)', async () => {
    const header = 'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
    const row = (name: string, mfa: boolean) => `${name},arn:aws:iam::123456789012:user/${name},2024-05-01T00:00:00+00:00,true,N/A,N/A,N/A,${mfa},false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`;
    // none: no MFA in the report; hw: MFA in the report; app: no MFA in the report but a virtual device assigned
    // since (the live list wins); late: created after the report, so not in it.
    const names = ['none', 'hw', 'app', 'late'];
    const setup = (generated: Date) => {
      iamMock.reset();
      iamMock.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
      iamMock.on(GetCredentialReportCommand).resolves({ Content: new TextEncoder().encode([header, row('none', false), row('hw', true), row('app', false)].join('\n')), GeneratedTime: generated });
      iamMock.on(ListUsersCommand).resolves({ Users: names.map((n) => ({ UserName: n, Arn: `arn:aws:iam::123456789012:user/${n}`, UserId: n, Path: '/', CreateDate: new Date() })) });
      iamMock.on(ListVirtualMFADevicesCommand).resolves({ VirtualMFADevices: [{ SerialNumber: 'arn:aws:iam::123456789012:mfa/app', User: { UserName: 'app', Arn: 'arn:aws:iam::123456789012:user/app', UserId: 'app', Path: '/', CreateDate: new Date() } }] });
      iamMock.on(ListMFADevicesCommand, { UserName: 'hw' }).resolves({ MFADevices: [{ UserName: 'hw', SerialNumber: 'GAHT1', EnableDate: new Date() }] });
      iamMock.on(ListMFADevicesCommand, { UserName: 'app' }).resolves({ MFADevices: [{ UserName: 'app', SerialNumber: 'arn:aws:iam::123456789012:mfa/app', EnableDate: new Date() }] });
      iamMock.on(ListMFADevicesCommand, { UserName: 'late' }).resolves({ MFADevices: [] });
      iamMock.on(ListMFADevicesCommand, { UserName: 'none' }).resolves({ MFADevices: [] });
    };
    const asked = () => iamMock.commandCalls(ListMFADevicesCommand).map((c) => c.args[0].input.UserName).sort();

    const fresh = new Date(Date.now() - 60_000);
    setup(fresh);
    const inv = await collectFromMoto(moto, [userMfaDevices]);
    const res = inv.get(userMfaDevices);
    expect(asked()).toEqual(['app', 'hw', 'late']);
    expect(res.ok && Object.fromEntries(res.data.map((u) => [u.name, [u.devices.ok && u.devices.data.map((d) => d.type), u.reportedAt ?? null]]))).toEqual({
      none: [[], fresh.toISOString()],
      hw: [['hardware'], null],
      app: [['virtual'], null],
      late: [[], null],
    });

    // A report older than MFA_REPORT_TRUSTED_MS (IAM hands out reports up to four hours old): everyone is asked.
    setup(new Date(Date.now() - MFA_REPORT_TRUSTED_MS - 60_000));
    await collectFromMoto(moto, [userMfaDevices]);
    expect(asked()).toEqual(['app', 'hw', 'late', 'none']);

    // No report at all: everyone is asked, and the denied report is not this fact's error.
    setup(fresh);
    iamMock.on(GetCredentialReportCommand).rejects(awsError('AccessDenied'));
    const denied = await collectFromMoto(moto, [userMfaDevices]);
    expect(asked()).toEqual(['app', 'hw', 'late', 'none']);
    expect(denied.get(userMfaDevices).ok).toBe(true);
  });

  it('centralized root access features (aws-sdk-client-mock: moto lacks ListOrganizationsFeatures)', async () => {
    iamMock.on(ListOrganizationsFeaturesCommand).resolves({ OrganizationId: 'o-abc123', EnabledFeatures: ['RootCredentialsManagement'] });
    const inv = await collectFromMoto(moto, [organizationsFeatures]);
    expect(inv.get(organizationsFeatures)).toEqual({
      ok: true,
      data: { status: 'available', organizationId: 'o-abc123', enabledFeatures: ['RootCredentialsManagement'] },
    });
  });

  it('organization answers are data, not errors (aws-sdk-client-mock: moto lacks ListOrganizationsFeatures)', async () => {
    const cases: Array<[string, string]> = [
      ['OrganizationNotFoundException', 'no-organization'],
      ['OrganizationNotInAllFeaturesModeException', 'not-all-features'],
      ['ServiceAccessNotEnabledException', 'trusted-access-disabled'],
      ['AccountNotManagementOrDelegatedAdministratorException', 'not-management-account'],
    ];
    for (const [code, status] of cases) {
      iamMock.reset();
      iamMock.on(ListOrganizationsFeaturesCommand).rejects(awsError(code));
      const inv = await collectFromMoto(moto, [organizationsFeatures]);
      expect(inv.get(organizationsFeatures)).toEqual({ ok: true, data: { status } });
    }
  });

  it('AccessDenied becomes a recorded error for each IAM fact', async () => {
    iamMock.on(ListOrganizationsFeaturesCommand).rejects(awsError('AccessDenied'));
    iamMock.on(GetAccountSummaryCommand).rejects(awsError('AccessDeniedException'));
    iamMock.on(ListVirtualMFADevicesCommand).rejects(awsError('AccessDenied'));
    const inv = await collectFromMoto(moto, [organizationsFeatures, accountSummary, virtualMfaDevices]);
    expect(inv.get(organizationsFeatures)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'iam:ListOrganizationsFeatures' } });
    expect(inv.get(accountSummary)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', code: 'AccessDeniedException', operation: 'iam:GetAccountSummary' } });
    expect(inv.get(virtualMfaDevices)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'iam:ListVirtualMFADevices' } });
  });

  it('a denied GenerateCredentialReport is an ERROR naming GenerateCredentialReport (aws-sdk-client-mock: moto cannot deny a call)', async () => {
    iamMock.on(GenerateCredentialReportCommand).rejects(Object.assign(awsError('AccessDenied'), { $metadata: { httpStatusCode: 403 } }));
    iamMock.on(GetCredentialReportCommand).rejects(awsError('ReportNotPresent'));
    const inv = await collectFromMoto(moto, [credentialReport]);
    expect(inv.get(credentialReport)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'iam:GenerateCredentialReport', httpStatus: 403 } });
  });

  it('generates the report first and reads it once ready, polling briskly (aws-sdk-client-mock: moto has no report in progress)', async () => {
    const csv = 'user,arn,user_creation_time\n<root_account>,arn:aws:iam::123456789012:root,2020-01-01T00:00:00+00:00\n';
    iamMock.on(GenerateCredentialReportCommand).resolves({ State: 'STARTED' });
    iamMock.on(GetCredentialReportCommand).rejectsOnce(awsError('ReportInProgress')).rejectsOnce(awsError('ReportInProgress')).resolves({ Content: new TextEncoder().encode(csv) });
    const t0 = Date.now();
    const inv = await collectFromMoto(moto, [credentialReport]);
    expect(inv.get(credentialReport)).toMatchObject({ ok: true, data: { root: { user: '<root_account>' } } });
    expect(iamMock.commandCalls(GenerateCredentialReportCommand)).toHaveLength(1);
    expect(Date.now() - t0).toBeLessThan(1500);
  });

  it('reads the root flags from the summary map (aws-sdk-client-mock: moto cannot give the root user MFA or keys)', async () => {
    iamMock.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 1, Users: 3 } });
    const inv = await collectFromMoto(moto, [accountSummary]);
    expect(inv.get(accountSummary)).toEqual({ ok: true, data: { rootMfaEnabled: true, rootAccessKeysPresent: true } });
  });

  it('follows virtual MFA pages and recognises a root device (aws-sdk-client-mock: moto cannot assign MFA to root)', async () => {
    iamMock
      .on(ListVirtualMFADevicesCommand, { AssignmentStatus: 'Assigned' })
      .resolvesOnce({
        VirtualMFADevices: [{ SerialNumber: 'arn:aws:iam::123456789012:mfa/root-account-mfa-device', User: { Arn: 'arn:aws:iam::123456789012:root' } as never }],
        IsTruncated: true,
        Marker: 'next',
      })
      .resolvesOnce({ VirtualMFADevices: [{ SerialNumber: 'arn:aws:iam::123456789012:mfa/erin' }], IsTruncated: false });
    const inv = await collectFromMoto(moto, [virtualMfaDevices]);
    expect(inv.get(virtualMfaDevices)).toEqual({
      ok: true,
      data: [
        { serialNumber: 'arn:aws:iam::123456789012:mfa/root-account-mfa-device', userArn: 'arn:aws:iam::123456789012:root' },
        { serialNumber: 'arn:aws:iam::123456789012:mfa/erin', userArn: null },
      ],
    });
  });
});
