import { describe, expect, it } from 'vitest';
import { DescribeDBClustersCommand as DocDescribeClusters, DocDBClient } from '@aws-sdk/client-docdb';
import { DescribeDBClustersCommand, DescribeDBSubnetGroupsCommand, NeptuneClient } from '@aws-sdk/client-neptune';
import { mockClient } from 'aws-sdk-client-mock';
import type { Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import * as documentdb from '../documentdb/collectors.js';
import * as neptune from '../neptune/collectors.js';

const NOWHERE = { endpoint: 'http://127.0.0.1:9' } as Moto;
const page = {
  DBClusters: [
    { DBClusterIdentifier: 'graph', Engine: 'neptune', IAMDatabaseAuthenticationEnabled: true, CopyTagsToSnapshot: true, DBClusterMembers: [{}, {}] },
    { DBClusterIdentifier: 'docs', Engine: 'docdb', StorageEncrypted: true },
    // The engine filter is asked of the API; a cluster of another engine that still comes back is dropped.
    { DBClusterIdentifier: 'orders', Engine: 'aurora-postgresql' },
  ],
};

describe('engine-filtered cluster reader (aws-sdk-client-mock: moto refuses the docdb engine)', () => {
  it('keeps only the clusters of its engine, with the engine-specific fields of that service alone', async () => {
    const n = mockClient(NeptuneClient);
    const d = mockClient(DocDBClient);
    try {
      n.on(DescribeDBClustersCommand).resolves(page);
      d.on(DocDescribeClusters).resolves(page);
      const inv = await collectFromMoto(NOWHERE, [neptune.clusters, documentdb.clusters]);
      expect(inv.get(neptune.clusters)).toMatchObject({ ok: true, data: [{ id: 'graph', engine: 'neptune', iamAuth: true, copyTagsToSnapshot: true, memberCount: 2 }] });
      const docs = inv.get(documentdb.clusters);
      expect(docs.ok && docs.data).toEqual([
        { id: 'docs', arn: 'arn:aws:rds:us-east-1:123456789012:cluster:docs', engine: 'docdb', backupRetentionPeriod: 0, deletionProtection: false, cloudwatchLogs: [], multiAz: false, storageEncrypted: true, memberCount: 0 },
      ]);
      expect(n.commandCalls(DescribeDBClustersCommand)[0].args[0].input.Filters).toEqual([{ Name: 'engine', Values: ['neptune'] }]);
      expect(d.commandCalls(DocDescribeClusters)[0].args[0].input.Filters).toEqual([{ Name: 'engine', Values: ['docdb'] }]);
    } finally {
      n.restore();
      d.restore();
    }
  });

  it('reads DB subnet groups, and records a denied listing as the fact error', async () => {
    const n = mockClient(NeptuneClient);
    try {
      n.on(DescribeDBSubnetGroupsCommand).resolves({ DBSubnetGroups: [{ DBSubnetGroupName: 'private', VpcId: 'vpc-1', Subnets: [{ SubnetIdentifier: 'subnet-a' }, {}] }] });
      const ok = await collectFromMoto(NOWHERE, [neptune.subnetGroups]);
      expect(ok.get(neptune.subnetGroups)).toEqual({ ok: true, data: [{ name: 'private', arn: 'arn:aws:rds:us-east-1:123456789012:subgrp:private', vpcId: 'vpc-1', subnetIds: ['subnet-a'] }] });
      n.reset();
      n.on(DescribeDBSubnetGroupsCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDenied' }));
      const denied = await collectFromMoto(NOWHERE, [neptune.subnetGroups]);
      expect(denied.get(neptune.subnetGroups)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'rds:DescribeDBSubnetGroups' } });
    } finally {
      n.restore();
    }
  });
});
