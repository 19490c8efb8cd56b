/** Fixtures for the KMS key metadata checks. */
import { denied } from '../../../test/helpers/check.js';
import type { KeyMetadata, KmsKey } from './collectors.js';

export const key = (id: string, m: Partial<KeyMetadata>): KmsKey => ({
  id,
  arn: `arn:aws:kms:us-east-1:123456789012:key/${id}`,
  metadata: { ok: true, data: { manager: 'CUSTOMER', state: 'Enabled', spec: 'SYMMETRIC_DEFAULT', origin: 'AWS_KMS', ...m } },
});
/** A key DescribeKey could not read: expect 'ERROR'. */
export const hiddenKey = (): KmsKey => ({ id: 'hidden', arn: 'arn:aws:kms:us-east-1:123456789012:key/hidden', metadata: { ok: false, error: denied('kms:DescribeKey') } });
