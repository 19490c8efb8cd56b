import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import {
  CreateDocumentCommand,
  DescribeInstanceInformationCommand,
  ListResourceComplianceSummariesCommand,
  ModifyDocumentPermissionCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { documentPermissions, documentSecrets, documents, managedInstances, patchCompliance } from './collectors.js';

// Fake credentials, assembled from parts so that no scanner flags this file itself.
const AKID = 'AKIA' + 'Q3EXZ7TW' + 'RNK4MPLD';
const SECRET_KEY = 'k9Tq2' + 'Lm8ZxVb4' + 'Ry7Hc1Nw6' + 'Pd3Gs0Fj5' + 'Ue2Ao8Ikq';
const PASSWORD = 'Tr0ub4' + 'dor&3x';
const leaky = JSON.stringify(
  {
    schemaVersion: '2.2',
    description: 'deploy',
    mainSteps: [
      {
        action: 'aws:runShellScript',
        name: 'deploy',
        inputs: { runCommand: [`export AWS_ACCESS_KEY_ID=${AKID}`, `export AWS_SECRET_ACCESS_KEY=${SECRET_KEY}`, `export DB_PASSWORD=${PASSWORD}`] },
      },
    ],
  },
  null,
  2,
);
const content = JSON.stringify({ schemaVersion: '2.2', description: 'hello', mainSteps: [{ action: 'aws:runShellScript', name: 'run', inputs: { runCommand: ['echo hi'] } }] });

describe('ssm collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('lists owned documents with their sharing, and the secrets of their content (never the content)', async () => {
    const ssm = new SSMClient(moto.config());
    await ssm.send(new CreateDocumentCommand({ Name: 'private-doc', Content: content, DocumentType: 'Command', DocumentFormat: 'JSON' }));
    await ssm.send(new CreateDocumentCommand({ Name: 'public-doc', Content: content, DocumentType: 'Command', DocumentFormat: 'JSON' }));
    await ssm.send(new ModifyDocumentPermissionCommand({ Name: 'public-doc', PermissionType: 'Share', AccountIdsToAdd: ['all'] }));
    await ssm.send(new CreateDocumentCommand({ Name: 'shared-doc', Content: content, DocumentType: 'Command', DocumentFormat: 'JSON' }));
    await ssm.send(new ModifyDocumentPermissionCommand({ Name: 'shared-doc', PermissionType: 'Share', AccountIdsToAdd: ['210987654321'] }));
    await ssm.send(new CreateDocumentCommand({ Name: 'leaky-doc', Content: leaky, DocumentType: 'Command', DocumentFormat: 'JSON' }));

    const inv = await collectFromMoto(moto, [documents, documentPermissions, documentSecrets]);
    const docs = inv.get(documents, 'us-east-1');
    expect(docs.ok && docs.data.map((d) => d.name).sort()).toEqual(['leaky-doc', 'private-doc', 'public-doc', 'shared-doc']);
    const arn = (n: string) => `arn:aws:ssm:us-east-1:123456789012:document/${n}`;
    const perms = inv.get(documentPermissions, 'us-east-1');
    expect(perms.ok && perms.data[arn('public-doc')]).toEqual({ ok: true, data: ['all'] });
    expect(perms.ok && perms.data[arn('shared-doc')]).toEqual({ ok: true, data: ['210987654321'] });
    expect(perms.ok && perms.data[arn('private-doc')]).toEqual({ ok: true, data: [] });
    const secrets = inv.get(documentSecrets, 'us-east-1');
    expect(secrets.ok && secrets.data[arn('private-doc')]).toEqual({ ok: true, data: [] });
    const hits = secrets.ok && secrets.data[arn('leaky-doc')];
    expect(hits && hits.ok && hits.data.map((h) => [h.kind, h.line])).toEqual([
      ['AWS access key ID', 10],
      ['AWS secret access key', 11],
      ['Password or secret in assignment', 12],
    ]);
    const stored = JSON.stringify(secrets);
    for (const value of [AKID, SECRET_KEY, PASSWORD]) expect(stored).not.toContain(value);
  });

  it('reads managed instances and patch compliance (aws-sdk-client-mock: moto lacks DescribeInstanceInformation and ListResourceComplianceSummaries)', async () => {
    const mock = mockClient(SSMClient);
    mock
      .on(DescribeInstanceInformationCommand)
      .resolvesOnce({ InstanceInformationList: [{ InstanceId: 'i-1', PingStatus: 'Online', PlatformType: 'Linux', ResourceType: 'EC2Instance' }], NextToken: 't' })
      .resolvesOnce({ InstanceInformationList: [{ InstanceId: 'mi-2', PingStatus: 'ConnectionLost', ResourceType: 'ManagedInstance' }] });
    mock.on(ListResourceComplianceSummariesCommand).resolves({
      ResourceComplianceSummaryItems: [
        { ResourceId: 'i-1', ResourceType: 'ManagedInstance', Status: 'NON_COMPLIANT', OverallSeverity: 'CRITICAL', NonCompliantSummary: { NonCompliantCount: 3 } },
        { ResourceId: 'i-3', Status: 'COMPLIANT', CompliantSummary: { CompliantCount: 12 } },
      ],
    });
    try {
      const inv = await collectFromMoto(moto, [managedInstances, patchCompliance]);
      expect(inv.get(managedInstances, 'us-east-1')).toEqual({
        ok: true,
        data: [
          { instanceId: 'i-1', pingStatus: 'Online', platformType: 'Linux', resourceType: 'EC2Instance' },
          { instanceId: 'mi-2', pingStatus: 'ConnectionLost', resourceType: 'ManagedInstance' },
        ],
      });
      expect(inv.get(patchCompliance, 'us-east-1')).toEqual({
        ok: true,
        data: [
          { resourceId: 'i-1', resourceType: 'ManagedInstance', status: 'NON_COMPLIANT', overallSeverity: 'CRITICAL', nonCompliantCount: 3, compliantCount: 0 },
          { resourceId: 'i-3', status: 'COMPLIANT', nonCompliantCount: 0, compliantCount: 12 },
        ],
      });
      const filter = mock.commandCalls(ListResourceComplianceSummariesCommand)[0].args[0].input.Filters;
      expect(filter).toEqual([{ Key: 'ComplianceType', Values: ['Patch'], Type: 'EQUAL' }]);
    } finally {
      mock.restore();
    }
  });
});
