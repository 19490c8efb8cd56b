import { describe, expect, it } from 'vitest';
import { ListProfilesCommand, ListTrustAnchorsCommand, RolesAnywhereClient } from '@aws-sdk/client-rolesanywhere';
import { mockClient } from 'aws-sdk-client-mock';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import type { Moto } from '../../../test/helpers/moto.js';
import { profiles, trustAnchors } from './collectors.js';

// The Roles Anywhere client pins an older smithy release than aws-sdk-client-mock's types expect; the
// runtime mock works the same, so only the types are loosened here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const mockRolesAnywhere = (): any => mockClient(RolesAnywhereClient as never);

describe('rolesanywhere collectors (aws-sdk-client-mock: moto lacks rolesanywhere:ListProfiles, ListTrustAnchors)', () => {
  it('pages through profiles and trust anchors and keeps the fields the checks read', async () => {
    const mock = mockRolesAnywhere();
    mock
      .on(ListProfilesCommand, { nextToken: undefined })
      .resolves({ profiles: [{ profileArn: 'arn:aws:rolesanywhere:us-east-1:123456789012:profile/p1', profileId: 'p1', name: 'one', enabled: true, roleArns: ['arn:aws:iam::123456789012:role/r'] }], nextToken: 't' })
      .on(ListProfilesCommand, { nextToken: 't' })
      .resolves({ profiles: [{ profileArn: 'arn:aws:rolesanywhere:us-east-1:123456789012:profile/p2', profileId: 'p2', name: 'two', enabled: false, sessionPolicy: '{}', managedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }] });
    mock.on(ListTrustAnchorsCommand).resolves({
      trustAnchors: [
        { trustAnchorArn: 'arn:aws:rolesanywhere:us-east-1:123456789012:trust-anchor/t1', trustAnchorId: 't1', name: 'pca', enabled: true, source: { sourceType: 'AWS_ACM_PCA', sourceData: { acmPcaArn: 'arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/c' } } },
        { trustAnchorArn: 'arn:aws:rolesanywhere:us-east-1:123456789012:trust-anchor/t2', trustAnchorId: 't2', name: 'bundle', enabled: true, source: { sourceType: 'CERTIFICATE_BUNDLE', sourceData: { x509CertificateData: 'PEM' } } },
      ],
    });
    try {
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [profiles, trustAnchors]);
      expect(inv.get(profiles)).toEqual({
        ok: true,
        data: [
          { arn: 'arn:aws:rolesanywhere:us-east-1:123456789012:profile/p1', id: 'p1', name: 'one', enabled: true, roleArns: ['arn:aws:iam::123456789012:role/r'], managedPolicyArns: [] },
          { arn: 'arn:aws:rolesanywhere:us-east-1:123456789012:profile/p2', id: 'p2', name: 'two', enabled: false, roleArns: [], managedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'], sessionPolicy: '{}' },
        ],
      });
      const anchors = inv.get(trustAnchors);
      expect(anchors.ok && anchors.data.map((t) => [t.id, t.sourceType, t.acmPcaArn ?? t.certificatePem])).toEqual([
        ['t1', 'AWS_ACM_PCA', 'arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/c'],
        ['t2', 'CERTIFICATE_BUNDLE', 'PEM'],
      ]);
    } finally {
      mock.restore();
    }
  });

  it('records a denied listing as the fact error', async () => {
    const mock = mockRolesAnywhere();
    mock.on(ListProfilesCommand).rejects(Object.assign(new Error('no'), { name: 'AccessDeniedException' }));
    try {
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [profiles]);
      expect(inv.get(profiles)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'rolesanywhere:ListProfiles' } });
    } finally {
      mock.restore();
    }
  });
});
