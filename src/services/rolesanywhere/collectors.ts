/**
 * IAM Roles Anywhere collectors: the profiles (ListProfiles) and trust anchors (ListTrustAnchors) of
 * each region. Both listings carry every field the checks read, so no per-item call is needed.
 */
import { defineFact } from '../../core/fact.js';

export interface RolesAnywhereProfile {
  arn: string;
  id: string;
  name: string;
  enabled: boolean;
  roleArns: string[];
  managedPolicyArns: string[];
  /** Inline session policy (JSON text), when set. */
  sessionPolicy?: string;
}

export interface TrustAnchor {
  arn: string;
  id: string;
  name: string;
  enabled: boolean;
  /** AWS_ACM_PCA, CERTIFICATE_BUNDLE or SELF_SIGNED_REPOSITORY. */
  sourceType: string;
  acmPcaArn?: string;
  /** PEM of the CA certificate, for a CERTIFICATE_BUNDLE source. */
  certificatePem?: string;
}

export const profiles = defineFact<RolesAnywhereProfile[]>({
  id: 'rolesanywhere.profiles',
  service: 'rolesanywhere',
  scope: 'regional',
  operation: 'rolesanywhere:ListProfiles',
  async collect(ctx) {
    const { paginateListProfiles } = await import('@aws-sdk/client-rolesanywhere');
    const client = await ctx.client('rolesanywhere');
    const out: RolesAnywhereProfile[] = [];
    for await (const page of paginateListProfiles({ client, pageSize: 100 }, {})) {
      for (const p of page.profiles ?? []) {
        if (!p.profileArn) continue;
        out.push({
          arn: p.profileArn,
          id: p.profileId ?? p.profileArn.split('/').pop()!,
          name: p.name ?? p.profileId ?? p.profileArn,
          enabled: p.enabled ?? false,
          roleArns: p.roleArns ?? [],
          managedPolicyArns: p.managedPolicyArns ?? [],
          ...(p.sessionPolicy ? { sessionPolicy: p.sessionPolicy } : {}),
        });
      }
    }
    return out;
  },
});

export const trustAnchors = defineFact<TrustAnchor[]>({
  id: 'rolesanywhere.trustAnchors',
  service: 'rolesanywhere',
  scope: 'regional',
  operation: 'rolesanywhere:ListTrustAnchors',
  async collect(ctx) {
    const { paginateListTrustAnchors } = await import('@aws-sdk/client-rolesanywhere');
    const client = await ctx.client('rolesanywhere');
    const out: TrustAnchor[] = [];
    for await (const page of paginateListTrustAnchors({ client, pageSize: 100 }, {})) {
      for (const t of page.trustAnchors ?? []) {
        if (!t.trustAnchorArn) continue;
        const data = t.source?.sourceData as { acmPcaArn?: string; x509CertificateData?: string } | undefined;
        out.push({
          arn: t.trustAnchorArn,
          id: t.trustAnchorId ?? t.trustAnchorArn.split('/').pop()!,
          name: t.name ?? t.trustAnchorId ?? t.trustAnchorArn,
          enabled: t.enabled ?? false,
          sourceType: t.source?.sourceType ?? 'UNKNOWN',
          ...(data?.acmPcaArn ? { acmPcaArn: data.acmPcaArn } : {}),
          ...(data?.x509CertificateData ? { certificatePem: data.x509CertificateData } : {}),
        });
      }
    }
    return out;
  },
});
