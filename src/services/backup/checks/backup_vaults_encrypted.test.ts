import { describe } from 'vitest';
import check from './backup_vaults_encrypted.js';
import { vaults } from '../collectors.js';
import { makeVault } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('backup_vaults_encrypted', () => {
  listCases(check, vaults, makeVault, {
    pass: [{ encryptionKeyType: 'CUSTOMER_MANAGED_KMS_KEY' }, {}],
    fail: [{ encryptionKeyArn: undefined, encryptionKeyType: 'AWS_OWNED_KMS_KEY', vaultType: 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT' }],
    passSays: 'customer managed KMS key',
    failSays: 'AWS_OWNED_KMS_KEY',
  });
});
