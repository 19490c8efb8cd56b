import { describe } from 'vitest';
import check from './dynamodb_tables_kms_cmk_encryption_enabled.js';
import { tables } from '../collectors.js';
import { makeTable } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('dynamodb_tables_kms_cmk_encryption_enabled', () => {
  listCases(check, tables, makeTable, { pass: [{}], fail: [{ sseType: undefined, kmsKeyArn: undefined }], passSays: 'key/k', failSays: 'AWS owned key' });
});
