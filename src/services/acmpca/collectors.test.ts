import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACMPCAClient, CreateCertificateAuthorityCommand } from '@aws-sdk/client-acm-pca';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { certificateAuthorities } from './collectors.js';

describe('acmpca collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('lists certificate authorities with their key algorithms', async () => {
    const client = new ACMPCAClient(moto.config('us-east-1'));
    const make = async (KeyAlgorithm: string, SigningAlgorithm: string, CommonName: string) =>
      (
        await client.send(
          new CreateCertificateAuthorityCommand({
            CertificateAuthorityType: 'ROOT',
            CertificateAuthorityConfiguration: { KeyAlgorithm: KeyAlgorithm as never, SigningAlgorithm: SigningAlgorithm as never, Subject: { CommonName } },
          }),
        )
      ).CertificateAuthorityArn!;
    const rsa = await make('RSA_2048', 'SHA256WITHRSA', 'classic');
    const pqc = await make('ML_DSA_65', 'ML_DSA_65', 'pqc');
    const inv = await collectFromMoto(moto, [certificateAuthorities]);
    const list = inv.get(certificateAuthorities);
    expect(list.ok && list.data.map((c) => [c.arn, c.keyAlgorithm, c.commonName]).sort()).toEqual([[rsa, 'RSA_2048', 'classic'], [pqc, 'ML_DSA_65', 'pqc']].sort());
  });
});
