import { describe } from 'vitest';
import check from './dynamodb_accelerator_cluster_in_transit_encryption_enabled.js';
import { daxClusters } from '../collectors.js';
import { makeDax } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('dynamodb_accelerator_cluster_in_transit_encryption_enabled', () => {
  listCases(check, daxClusters, makeDax, {
    pass: [{}],
    fail: [{ endpointEncryption: "NONE" }],
  });
});
