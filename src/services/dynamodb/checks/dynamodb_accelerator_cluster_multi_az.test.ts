import { describe } from 'vitest';
import check from './dynamodb_accelerator_cluster_multi_az.js';
import { daxClusters } from '../collectors.js';
import { makeDax } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('dynamodb_accelerator_cluster_multi_az', () => {
  listCases(check, daxClusters, makeDax, {
    pass: [{}],
    fail: [{ nodeZones: ["us-east-1a", "us-east-1a"] }, { nodeZones: [], nodeCount: 0 }],
  });
});
