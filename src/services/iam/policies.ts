/**
 * IAM policy inventory from one bulk call: GetAccountAuthorizationDetails returns every user, group and
 * role with its attached managed and inline policy names, and every customer managed policy with all of its
 * versions. We keep the default version's document, and AWS managed policies only when something in the
 * account uses them (read apart, see attachedAwsPolicies). Plus the server certificate and SAML provider lists.
 */
import { defineFact } from '../../core/fact.js';

export interface AttachedPolicyRef {
  name: string;
  arn: string;
}

interface Principal {
  name: string;
  id: string;
  arn: string;
  path: string;
  attachedPolicies: AttachedPolicyRef[];
  inlinePolicies: string[];
  /** Inline policy documents by name (parsed JSON, or the raw text if it did not parse). */
  inlineDocuments?: Record<string, unknown>;
}

export interface IamUserDetail extends Principal {
  groups: string[];
  tags?: Record<string, string>;
}

export type IamGroupDetail = Principal;

export interface IamRoleDetail extends Principal {
  /** Trust policy document (parsed JSON, or the raw text if it did not parse). */
  trustPolicy: unknown;
  tags?: Record<string, string>;
}

export interface ManagedPolicy {
  name: string;
  id: string;
  arn: string;
  path: string;
  /** True for policies owned by AWS (arn:<partition>:iam::aws:policy/...). */
  awsManaged: boolean;
  attachmentCount: number;
  defaultVersionId: string;
  /** Default version document (parsed JSON, or the raw text if it did not parse); null if absent. */
  document: unknown;
}

export interface AuthorizationDetails {
  users: IamUserDetail[];
  groups: IamGroupDetail[];
  roles: IamRoleDetail[];
  /** Every customer managed policy, and the AWS managed policies that are attached to something. */
  policies: ManagedPolicy[];
}

/** IAM returns policy documents URL-encoded; store them as parsed JSON. */
export function decodePolicyDocument(doc: string | undefined): unknown {
  if (doc === undefined || doc === null) return null;
  for (const text of [doc, safeDecode(doc)]) {
    if (text === undefined) continue;
    try {
      return JSON.parse(text);
    } catch {
      /* try the next form */
    }
  }
  return doc;
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

const tagMap = (tags: Array<{ Key?: string; Value?: string }> | undefined) =>
  tags && tags.length ? Object.fromEntries(tags.filter((t) => t.Key).map((t) => [t.Key as string, t.Value ?? ''])) : undefined;

const attached = (list: Array<{ PolicyName?: string; PolicyArn?: string }> | undefined): AttachedPolicyRef[] =>
  (list ?? []).filter((p) => p.PolicyArn).map((p) => ({ name: p.PolicyName ?? p.PolicyArn!.split('/').pop()!, arn: p.PolicyArn! }));

const inline = (list: Array<{ PolicyName?: string }> | undefined): string[] =>
  (list ?? []).map((p) => p.PolicyName).filter((n): n is string => !!n);

const inlineDocs = (list: Array<{ PolicyName?: string; PolicyDocument?: string }> | undefined): Record<string, unknown> =>
  Object.fromEntries((list ?? []).filter((p) => p.PolicyName).map((p) => [p.PolicyName!, decodePolicyDocument(p.PolicyDocument)]));

/** What users, groups and roles have in common: identity, path and the policies attached or embedded. */
const principal = (
  name: string,
  id: string | undefined,
  arn: string,
  path: string | undefined,
  managed: Array<{ PolicyName?: string; PolicyArn?: string }> | undefined,
  embedded: Array<{ PolicyName?: string; PolicyDocument?: string }> | undefined,
) => ({
  name,
  id: id ?? name,
  arn,
  path: path ?? '/',
  attachedPolicies: attached(managed),
  inlinePolicies: inline(embedded),
  inlineDocuments: inlineDocs(embedded),
});

type IamSdk = typeof import('@aws-sdk/client-iam');
type AuthorizationPage = Pick<import('@aws-sdk/client-iam').GetAccountAuthorizationDetailsResponse, 'UserDetailList' | 'GroupDetailList' | 'RoleDetailList' | 'Policies'>;

/**
 * The AWS managed policies attached to a user, group or role of the account, each with its default version,
 * as pages of GetAccountAuthorizationDetails. AWS ships over a thousand managed policies, and that call's
 * AWSManagedPolicy filter returns them all with every version (megabytes, of which an account uses a few
 * dozen policies at most): ListPolicies with OnlyAttached names the attached ones and GetPolicyVersion reads
 * each one's default version. If either fails (refused, throttled past the retries), the bulk call is made.
 */
async function attachedAwsPolicies(sdk: IamSdk, iam: import('@aws-sdk/client-iam').IAMClient): Promise<AuthorizationPage[]> {
  try {
    const listed = [];
    for await (const page of sdk.paginateListPolicies({ client: iam, pageSize: 1000 }, { Scope: 'AWS', OnlyAttached: true })) listed.push(...(page.Policies ?? []));
    const policies = await Promise.all(
      listed
        .filter((p) => p.Arn && p.DefaultVersionId)
        .map(async (p) => {
          const { PolicyVersion } = await iam.send(new sdk.GetPolicyVersionCommand({ PolicyArn: p.Arn, VersionId: p.DefaultVersionId }));
          return { ...p, PolicyVersionList: [{ VersionId: p.DefaultVersionId, IsDefaultVersion: true, Document: PolicyVersion?.Document }] };
        }),
    );
    return [{ Policies: policies }];
  } catch {
    const pages = [];
    for await (const page of sdk.paginateGetAccountAuthorizationDetails({ client: iam, pageSize: 1000 }, { Filter: ['AWSManagedPolicy'] })) pages.push(page);
    return pages;
  }
}

export const authorizationDetails = defineFact<AuthorizationDetails>({
  id: 'iam.authorizationDetails',
  service: 'iam',
  scope: 'global',
  operation: 'iam:GetAccountAuthorizationDetails',
  async collect(ctx) {
    const sdk = await import('@aws-sdk/client-iam');
    const iam = await ctx.client('iam');
    const out: AuthorizationDetails = { users: [], groups: [], roles: [], policies: [] };
    // The account's own entities and policies at the API's largest page size, and beside them the AWS managed
    // policies attached to something here (see attachedAwsPolicies).
    const [own, aws] = await Promise.all([
      (async () => {
        const list = [];
        for await (const page of sdk.paginateGetAccountAuthorizationDetails({ client: iam, pageSize: 1000 }, { Filter: ['User', 'Group', 'Role', 'LocalManagedPolicy'] })) list.push(page);
        return list;
      })(),
      attachedAwsPolicies(sdk, iam),
    ]);
    const pages = [...own, ...aws];
    for (const page of pages) {
      for (const u of page.UserDetailList ?? []) {
        if (!u.UserName || !u.Arn) continue;
        out.users.push({
          ...principal(u.UserName, u.UserId, u.Arn, u.Path, u.AttachedManagedPolicies, u.UserPolicyList),
          groups: u.GroupList ?? [],
          ...(tagMap(u.Tags) ? { tags: tagMap(u.Tags) } : {}),
        });
      }
      for (const g of page.GroupDetailList ?? []) {
        if (!g.GroupName || !g.Arn) continue;
        out.groups.push(principal(g.GroupName, g.GroupId, g.Arn, g.Path, g.AttachedManagedPolicies, g.GroupPolicyList));
      }
      for (const r of page.RoleDetailList ?? []) {
        if (!r.RoleName || !r.Arn) continue;
        out.roles.push({
          ...principal(r.RoleName, r.RoleId, r.Arn, r.Path, r.AttachedManagedPolicies, r.RolePolicyList),
          trustPolicy: decodePolicyDocument(r.AssumeRolePolicyDocument),
          ...(tagMap(r.Tags) ? { tags: tagMap(r.Tags) } : {}),
        });
      }
      for (const p of page.Policies ?? []) {
        if (!p.Arn) continue;
        const name = p.PolicyName ?? p.Arn.split('/').pop()!;
        const awsManaged = /^arn:[^:]+:iam::aws:policy\//.test(p.Arn);
        const attachmentCount = p.AttachmentCount ?? 0;
        // AWS ships over a thousand managed policies: keep only those in use here.
        if (awsManaged && attachmentCount === 0) continue;
        const version =
          (p.PolicyVersionList ?? []).find((v) => v.IsDefaultVersion) ??
          (p.PolicyVersionList ?? []).find((v) => v.VersionId === p.DefaultVersionId);
        out.policies.push({
          name,
          id: p.PolicyId ?? name,
          arn: p.Arn,
          path: p.Path ?? '/',
          awsManaged,
          attachmentCount,
          defaultVersionId: p.DefaultVersionId ?? version?.VersionId ?? '',
          document: decodePolicyDocument(version?.Document),
        });
      }
    }
    return out;
  },
});

export interface ServerCertificate {
  name: string;
  id: string;
  arn: string;
  path: string;
  /** ISO date, or null if IAM did not return one. */
  expiration: string | null;
  uploadDate: string | null;
}

export const serverCertificates = defineFact<ServerCertificate[]>({
  id: 'iam.serverCertificates',
  service: 'iam',
  scope: 'global',
  operation: 'iam:ListServerCertificates',
  async collect(ctx) {
    const { paginateListServerCertificates } = await import('@aws-sdk/client-iam');
    const iam = await ctx.client('iam');
    const out: ServerCertificate[] = [];
    for await (const page of paginateListServerCertificates({ client: iam, pageSize: 1000 }, {})) {
      for (const c of page.ServerCertificateMetadataList ?? []) {
        if (!c.ServerCertificateName || !c.Arn) continue;
        out.push({
          name: c.ServerCertificateName,
          id: c.ServerCertificateId ?? c.ServerCertificateName,
          arn: c.Arn,
          path: c.Path ?? '/',
          expiration: c.Expiration?.toISOString() ?? null,
          uploadDate: c.UploadDate?.toISOString() ?? null,
        });
      }
    }
    return out;
  },
});

export interface SamlProvider {
  arn: string;
  name: string;
  validUntil: string | null;
  createDate: string | null;
}

export const samlProviders = defineFact<SamlProvider[]>({
  id: 'iam.samlProviders',
  service: 'iam',
  scope: 'global',
  operation: 'iam:ListSAMLProviders',
  async collect(ctx) {
    const { ListSAMLProvidersCommand } = await import('@aws-sdk/client-iam');
    const iam = await ctx.client('iam');
    const { SAMLProviderList = [] } = await iam.send(new ListSAMLProvidersCommand({}));
    return SAMLProviderList.filter((p) => p.Arn).map((p) => ({
      arn: p.Arn!,
      name: p.Arn!.split('/').pop()!,
      validUntil: p.ValidUntil?.toISOString() ?? null,
      createDate: p.CreateDate?.toISOString() ?? null,
    }));
  },
});
