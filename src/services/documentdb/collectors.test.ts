import { describe, expect, it } from 'vitest';
import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBClustersCommand,
  DocDBClient,
} from '@aws-sdk/client-docdb';
import { mockClient } from 'aws-sdk-client-mock';
import type { Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { clusters, clusterSnapshots } from './collectors.js';

const nowhere = { endpoint: 'http://127.0.0.1:9' } as Moto;

describe('documentdb collectors (aws-sdk-client-mock: moto refuses the docdb engine)', () => {
  it('lists only docdb clusters, with the engine filter, and their snapshots with the restore attribute', async () => {
    const mock = mockClient(DocDBClient);
    try {
      mock.on(DescribeDBClustersCommand).resolves({
        DBClusters: [
          { DBClusterIdentifier: 'docs', Engine: 'docdb', BackupRetentionPeriod: 3, StorageEncrypted: true, MultiAZ: false, EnabledCloudwatchLogsExports: ['audit'] },
          { DBClusterIdentifier: 'other', Engine: 'aurora-mysql' },
        ],
      });
      mock.on(DescribeDBClusterSnapshotsCommand).resolves({
        DBClusterSnapshots: [
          { DBClusterSnapshotIdentifier: 'open', DBClusterIdentifier: 'docs', Engine: 'docdb', SnapshotType: 'manual', StorageEncrypted: true },
          { DBClusterSnapshotIdentifier: 'auto', DBClusterIdentifier: 'docs', Engine: 'docdb', SnapshotType: 'automated', StorageEncrypted: false },
        ],
      });
      mock.on(DescribeDBClusterSnapshotAttributesCommand).resolves({
        DBClusterSnapshotAttributesResult: { DBClusterSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['all'] }] },
      });
      const inv = await collectFromMoto(nowhere, [clusters, clusterSnapshots]);
      expect(inv.get(clusters)).toMatchObject({ ok: true, data: [{ id: 'docs', backupRetentionPeriod: 3, storageEncrypted: true, multiAz: false, cloudwatchLogs: ['audit'] }] });
      const c = inv.get(clusters);
      expect(c.ok && c.data).toHaveLength(1);
      expect(mock.commandCalls(DescribeDBClustersCommand)[0].args[0].input.Filters).toEqual([{ Name: 'engine', Values: ['docdb'] }]);
      const s = inv.get(clusterSnapshots);
      expect(s.ok && s.data.map((x) => [x.id, x.public])).toEqual([
        ['open', { ok: true, data: true }],
        ['auto', undefined],
      ]);
    } finally {
      mock.restore();
    }
  });

  it('records a denied listing as the fact error', async () => {
    const mock = mockClient(DocDBClient);
    try {
      mock.on(DescribeDBClustersCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDenied' }));
      const inv = await collectFromMoto(nowhere, [clusters]);
      expect(inv.get(clusters)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'rds:DescribeDBClusters' } });
    } finally {
      mock.restore();
    }
  });
});
