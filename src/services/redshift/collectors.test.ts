import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateClusterCommand, DescribeClusterParametersCommand, DescribeClustersCommand, RedshiftClient } from '@aws-sdk/client-redshift';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { clusterParameters, clusters } from './collectors.js';

describe('redshift collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('lists clusters with their settings and logging status', async () => {
    const client = new RedshiftClient(moto.config('us-east-1'));
    await client.send(
      new CreateClusterCommand({
        ClusterIdentifier: 'wh',
        NodeType: 'ra3.xlplus',
        MasterUsername: 'awsuser',
        MasterUserPassword: 'Password123',
        Encrypted: true,
        PubliclyAccessible: true,
        EnhancedVpcRouting: true,
        DBName: 'dev',
      }),
    );
    const inv = await collectFromMoto(moto, [clusters]);
    const r = inv.get(clusters);
    expect(r.ok && r.data).toMatchObject([
      { id: 'wh', arn: 'arn:aws:redshift:us-east-1:123456789012:cluster:wh', encrypted: true, publiclyAccessible: true, enhancedVpcRouting: true, masterUsername: 'awsuser', dbName: 'dev', logging: { ok: true, data: { enabled: false } } },
    ]);
  });

  it("reads the parameters of each parameter group the clusters use (moto's default group leaves require_ssl off)", async () => {
    const inv = await collectFromMoto(moto, [clusters, clusterParameters]);
    const c = inv.get(clusters);
    const group = c.ok ? c.data[0].parameterGroups[0]?.name : undefined;
    expect(group).toMatch(/^default\.redshift/);
    const p = inv.get(clusterParameters);
    expect(p.ok && p.data[group!]).toMatchObject({ ok: true, data: { require_ssl: 'false' } });
  });
});

describe('redshift collectors errors (aws-sdk-client-mock: moto omits MultiAZ and cannot set require_ssl)', () => {
  it('reads MultiAZ and the parameters of each group (one denied group is its own error), and records a denied listing as the fact error', async () => {
    const mock = mockClient(RedshiftClient);
    try {
      mock.on(DescribeClustersCommand).resolves({ Clusters: [{ ClusterIdentifier: 'c', MultiAZ: 'Enabled' }] });
      const ok = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [clusters]);
      const r = ok.get(clusters);
      expect(r.ok && r.data[0].multiAz).toBe('Enabled');
      mock.reset();
      mock.on(DescribeClustersCommand).resolves({ Clusters: [{ ClusterIdentifier: 'c', ClusterParameterGroups: [{ ParameterGroupName: 'ssl', ParameterApplyStatus: 'pending-reboot', ClusterParameterStatusList: [{ ParameterName: 'require_ssl', ParameterApplyStatus: 'pending-reboot' }, { ParameterName: 'datestyle', ParameterApplyStatus: 'in-sync' }] }, { ParameterGroupName: 'locked' }] }] });
      mock.on(DescribeClusterParametersCommand, { ParameterGroupName: 'ssl' }).resolves({ Parameters: [{ ParameterName: 'require_ssl', ParameterValue: 'true' }] });
      mock.on(DescribeClusterParametersCommand, { ParameterGroupName: 'locked' }).rejects(Object.assign(new Error('denied'), { name: 'AccessDenied' }));
      const params = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [clusters, clusterParameters]);
      const pc = params.get(clusters);
      expect(pc.ok && pc.data[0].parameterGroups).toEqual([{ name: 'ssl', applyStatus: 'pending-reboot', pending: ['require_ssl'] }, { name: 'locked' }]);
      expect(params.get(clusterParameters)).toMatchObject({
        ok: true,
        data: { ssl: { ok: true, data: { require_ssl: 'true' } }, locked: { ok: false, error: { kind: 'AccessDenied', operation: 'redshift:DescribeClusterParameters' } } },
      });
      mock.reset();
      mock.on(DescribeClustersCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDenied' }));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [clusters]);
      expect(inv.get(clusters)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'redshift:DescribeClusters' } });
    } finally {
      mock.restore();
    }
  });
});
