import { describe, expect, it } from 'vitest';
import check from './storagegateway_fileshare_encryption_enabled.js';
import { fileShares } from '../collectors.js';
import { makeFileShare } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

describe('storagegateway_fileshare_encryption_enabled (facts from aws-sdk-client-mock: moto lacks storagegateway)', () => {
  listCases(check, fileShares, makeFileShare, {
    pass: [{}, { protocol: 'SMB', encryption: { ok: true, data: { encryptionType: 'DsseKms' } } }],
    fail: [{ encryption: { ok: true, data: { encryptionType: 'SseS3' } } }],
    failSays: 'S3-managed keys',
  });

  it('ERROR for a share whose description was denied, naming the call', () => {
    const findings = runCheck(check, new FixtureInventory().set(fileShares, [makeFileShare('smb', { protocol: 'SMB', encryption: { ok: false, error: denied('storagegateway:DescribeSMBFileShares') } })]));
    expect(findings.map((f) => [f.resource.id, f.status])).toEqual([['smb', 'ERROR']]);
    expect(findings[0].statusExtended).toContain('storagegateway:DescribeSMBFileShares');
  });
});
