import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import {
  CreateDetectorCommand,
  DescribeOrganizationConfigurationCommand,
  GetAdministratorAccountCommand,
  GetDetectorCommand,
  GuardDutyClient,
  ListDetectorsCommand,
  ListFindingsCommand,
  ListMembersCommand,
  ListOrganizationAdminAccountsCommand,
} from '@aws-sdk/client-guardduty';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { detectors, organizationAdmins } from './collectors.js';

describe('guardduty collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('no detector, then a detector with its protection plans', async () => {
    const empty = await collectFromMoto(moto, [detectors]);
    expect(empty.get(detectors, 'us-east-1')).toEqual({ ok: true, data: [] });
    const gd = new GuardDutyClient(moto.config());
    const { DetectorId } = await gd.send(
      new CreateDetectorCommand({ Enable: true, Features: [{ Name: 'S3_DATA_EVENTS', Status: 'ENABLED' }, { Name: 'RDS_LOGIN_EVENTS', Status: 'DISABLED' }] }),
    );
    const inv = await collectFromMoto(moto, [detectors]);
    const res = inv.get(detectors, 'us-east-1');
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data[0]).toMatchObject({ id: DetectorId, arn: `arn:aws:guardduty:us-east-1:123456789012:detector/${DetectorId}` });
    expect(res.data[0].detail).toEqual({ ok: true, data: { status: 'ENABLED', features: expect.objectContaining({ S3_DATA_EVENTS: 'ENABLED', RDS_LOGIN_EVENTS: 'DISABLED' }) } });
  });

  it('reads members, findings, administrator and organization settings (aws-sdk-client-mock: moto lacks ListMembers, ListFindings, DescribeOrganizationConfiguration)', async () => {
    const mock = mockClient(GuardDutyClient);
    mock.on(ListDetectorsCommand).resolves({ DetectorIds: ['d1'] });
    mock.on(GetDetectorCommand).resolves({ Status: 'ENABLED', DataSources: { S3Logs: { Status: 'ENABLED' }, Kubernetes: { AuditLogs: { Status: 'DISABLED' } } } as never });
    mock.on(GetAdministratorAccountCommand).resolves({});
    mock.on(ListMembersCommand).resolves({ Members: [{ AccountId: '222222222222', Email: 'x@example.com', MasterId: '1', RelationshipStatus: 'Enabled', UpdatedAt: '' }] });
    mock.on(ListFindingsCommand).resolves({ FindingIds: ['f1', 'f2'] });
    mock.on(DescribeOrganizationConfigurationCommand).resolves({ AutoEnableOrganizationMembers: 'ALL', MemberAccountLimitReached: false });
    mock.on(ListOrganizationAdminAccountsCommand).resolves({ AdminAccounts: [{ AdminAccountId: '123456789012', AdminStatus: 'ENABLED' }] });
    try {
      const inv = await collectFromMoto(moto, [detectors, organizationAdmins]);
      const res = inv.get(detectors, 'us-east-1');
      expect(res.ok && res.data[0]).toMatchObject({
        detail: { ok: true, data: { status: 'ENABLED', features: { S3_DATA_EVENTS: 'ENABLED', EKS_AUDIT_LOGS: 'DISABLED' } } },
        administrator: { ok: true, data: null },
        members: { ok: true, data: ['222222222222'] },
        highSeverityFindings: { ok: true, data: 2 },
        organizationAutoEnable: { ok: true, data: 'ALL' },
      });
      const criteria = mock.commandCalls(ListFindingsCommand)[0].args[0].input.FindingCriteria;
      expect(criteria?.Criterion?.severity).toEqual({ GreaterThanOrEqual: 7 });
      expect(inv.get(organizationAdmins, 'us-east-1')).toEqual({ ok: true, data: [{ accountId: '123456789012', status: 'ENABLED' }] });
    } finally {
      mock.restore();
    }
  });
});
