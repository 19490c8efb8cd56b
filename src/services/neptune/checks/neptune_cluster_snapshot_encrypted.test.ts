import { describe } from 'vitest';
import check from './neptune_cluster_snapshot_encrypted.js';
import { clusterSnapshots } from '../collectors.js';
import { makeSnapshot } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('neptune_cluster_snapshot_encrypted', () => {
  listCases(check, clusterSnapshots, makeSnapshot, { pass: [{}, { type: 'automated' }], fail: [{ encrypted: false }] });
});
