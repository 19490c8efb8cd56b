import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  CreateRoleCommand,
  CreateSAMLProviderCommand,
  CreateUserCommand,
  type EntityType,
  GetAccountAuthorizationDetailsCommand,
  GetPolicyVersionCommand,
  IAMClient,
  ListPoliciesCommand,
  ListSAMLProvidersCommand,
  ListServerCertificatesCommand,
  PutUserPolicyCommand,
  UploadServerCertificateCommand,
} from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, TEST_ACCOUNT, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { authorizationDetails, decodePolicyDocument, samlProviders, serverCertificates } from './policies.js';

const admin = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const readOnly = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }] };
const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
const awsPolicy = (name: string) => `arn:aws:iam::aws:policy/${name}`;
const SAML_METADATA = `<?xml version="1.0"?><md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com"><md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"/></md:EntityDescriptor>`;

describe('iam policy collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('reads users, groups, roles and the policies in use from GetAccountAuthorizationDetails', async () => {
    const iam = new IAMClient(moto.config());
    await iam.send(new CreateUserCommand({ UserName: 'alice', Tags: [{ Key: 'team', Value: 'sec' }] }));
    await iam.send(new AttachUserPolicyCommand({ UserName: 'alice', PolicyArn: awsPolicy('AdministratorAccess') }));
    await iam.send(new PutUserPolicyCommand({ UserName: 'alice', PolicyName: 'inline-s3', PolicyDocument: JSON.stringify(readOnly) }));
    await iam.send(new CreateUserCommand({ UserName: 'bob' }));
    await iam.send(new CreateGroupCommand({ GroupName: 'ops' }));
    await iam.send(new AddUserToGroupCommand({ GroupName: 'ops', UserName: 'bob' }));
    await iam.send(new AttachGroupPolicyCommand({ GroupName: 'ops', PolicyArn: awsPolicy('AWSCloudShellFullAccess') }));
    await iam.send(new CreateRoleCommand({ RoleName: 'support', AssumeRolePolicyDocument: JSON.stringify(trust) }));
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'support', PolicyArn: awsPolicy('AWSSupportAccess') }));
    const custom = await iam.send(new CreatePolicyCommand({ PolicyName: 'custom-admin', PolicyDocument: JSON.stringify(readOnly) }));
    // A second version becomes the default: the collector must keep that one.
    await iam.send(new CreatePolicyVersionCommand({ PolicyArn: custom.Policy!.Arn!, PolicyDocument: JSON.stringify(admin), SetAsDefault: true }));
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'support', PolicyArn: custom.Policy!.Arn! }));
    await iam.send(new CreatePolicyCommand({ PolicyName: 'unused', PolicyDocument: JSON.stringify(readOnly) }));

    const inv = await collectFromMoto(moto, [authorizationDetails]);
    const res = inv.get(authorizationDetails);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const d = res.data;

    const alice = d.users.find((u) => u.name === 'alice');
    expect(alice).toMatchObject({
      arn: `arn:aws:iam::${TEST_ACCOUNT}:user/alice`,
      attachedPolicies: [{ name: 'AdministratorAccess', arn: awsPolicy('AdministratorAccess') }],
      inlinePolicies: ['inline-s3'],
      inlineDocuments: { 'inline-s3': readOnly },
      tags: { team: 'sec' },
    });
    expect(d.users.find((u) => u.name === 'bob')).toMatchObject({ attachedPolicies: [], inlinePolicies: [], groups: ['ops'] });
    expect(d.groups.find((g) => g.name === 'ops')?.attachedPolicies.map((p) => p.name)).toEqual(['AWSCloudShellFullAccess']);
    const role = d.roles.find((r) => r.name === 'support');
    expect(role?.attachedPolicies.map((p) => p.name).sort()).toEqual(['AWSSupportAccess', 'custom-admin']);
    expect(role?.trustPolicy).toEqual(trust);

    const byName = Object.fromEntries(d.policies.map((p) => [p.name, p]));
    expect(byName['custom-admin']).toMatchObject({ awsManaged: false, attachmentCount: 1, defaultVersionId: 'v2', document: admin });
    expect(byName.unused).toMatchObject({ awsManaged: false, attachmentCount: 0, document: readOnly });
    expect(byName.AdministratorAccess).toMatchObject({ awsManaged: true, attachmentCount: 1, arn: awsPolicy('AdministratorAccess') });
    expect(byName.AdministratorAccess.document).toMatchObject({ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
    expect(byName.AWSSupportAccess?.awsManaged).toBe(true);
    // Unattached AWS managed policies (moto loads hundreds) are not kept.
    expect(byName.ReadOnlyAccess).toBeUndefined();
    expect(d.policies.filter((p) => p.awsManaged).every((p) => p.attachmentCount > 0)).toBe(true);
  });

  it('reads server certificates and SAML providers', async () => {
    const iam = new IAMClient(moto.config());
    const empty = await collectFromMoto(moto, [serverCertificates, samlProviders]);
    expect(empty.get(serverCertificates)).toEqual({ ok: true, data: [] });
    expect(empty.get(samlProviders)).toEqual({ ok: true, data: [] });

    await iam.send(new UploadServerCertificateCommand({ ServerCertificateName: 'legacy-web', CertificateBody: 'dummy-body', PrivateKey: 'dummy-key' }));
    await iam.send(new CreateSAMLProviderCommand({ Name: 'corp-idp', SAMLMetadataDocument: SAML_METADATA }));
    const inv = await collectFromMoto(moto, [serverCertificates, samlProviders]);
    const certs = inv.get(serverCertificates);
    expect(certs.ok && certs.data).toEqual([
      expect.objectContaining({
        name: 'legacy-web',
        arn: `arn:aws:iam::${TEST_ACCOUNT}:server-certificate/legacy-web`,
        expiration: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      }),
    ]);
    const saml = inv.get(samlProviders);
    expect(saml.ok && saml.data).toEqual([
      expect.objectContaining({ name: 'corp-idp', arn: `arn:aws:iam::${TEST_ACCOUNT}:saml-provider/corp-idp` }),
    ]);
  });
});

describe('iam policy collectors: edge cases (aws-sdk-client-mock)', () => {
  const denied = () => Object.assign(new Error('User is not authorized'), { name: 'AccessDenied', $fault: 'client', $metadata: { httpStatusCode: 403 } });

  it('records a denied call as an error for the fact', async () => {
    const iam = mockClient(IAMClient);
    try {
      iam.on(GetAccountAuthorizationDetailsCommand).rejects(denied());
      iam.on(ListServerCertificatesCommand).rejects(denied());
      iam.on(ListSAMLProvidersCommand).rejects(Object.assign(denied(), { name: 'AccessDeniedException' }));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [authorizationDetails, serverCertificates, samlProviders]);
      expect(inv.get(authorizationDetails)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'iam:GetAccountAuthorizationDetails' } });
      expect(inv.get(serverCertificates)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'iam:ListServerCertificates' } });
      expect(inv.get(samlProviders)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'iam:ListSAMLProviders' } });
    } finally {
      iam.restore();
    }
  });

  /** The account's own pages (two, to follow pagination) mocked on an IAM client mock. */
  const mockOwnPages = (iam: ReturnType<typeof mockClient>) =>
    iam
      .on(GetAccountAuthorizationDetailsCommand, { Filter: ['User', 'Group', 'Role', 'LocalManagedPolicy'] as EntityType[] })
      .resolvesOnce({
        IsTruncated: true,
        Marker: 'm1',
        UserDetailList: [{ UserName: 'u1', UserId: 'AIDA1', Arn: `arn:aws:iam::${TEST_ACCOUNT}:user/u1`, AttachedManagedPolicies: [] }],
      })
      .resolves({
        IsTruncated: false,
        RoleDetailList: [
          {
            RoleName: 'r1',
            RoleId: 'AROA1',
            Arn: `arn:aws:iam::${TEST_ACCOUNT}:role/r1`,
            AssumeRolePolicyDocument: encodeURIComponent(JSON.stringify(trust)),
            AttachedManagedPolicies: [{ PolicyName: 'ReadOnlyAccess', PolicyArn: awsPolicy('ReadOnlyAccess') }],
          },
        ],
        Policies: [
          {
            PolicyName: 'p1',
            Arn: `arn:aws:iam::${TEST_ACCOUNT}:policy/p1`,
            AttachmentCount: 2,
            DefaultVersionId: 'v3',
            PolicyVersionList: [
              { VersionId: 'v1', IsDefaultVersion: false, Document: encodeURIComponent(JSON.stringify(readOnly)) },
              { VersionId: 'v3', IsDefaultVersion: true, Document: encodeURIComponent(JSON.stringify(admin)) },
            ],
          },
        ],
      });

  const expectDetails = async () => {
    const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [authorizationDetails]);
    const res = inv.get(authorizationDetails);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data.users.map((u) => u.name)).toEqual(['u1']);
    expect(res.data.roles[0].trustPolicy).toEqual(trust);
    expect(res.data.policies.map((p) => p.name).sort()).toEqual(['ReadOnlyAccess', 'p1']);
    expect(res.data.policies.find((p) => p.name === 'p1')).toMatchObject({ attachmentCount: 2, defaultVersionId: 'v3', document: admin, awsManaged: false });
    expect(res.data.policies.find((p) => p.name === 'ReadOnlyAccess')).toMatchObject({ attachmentCount: 1, defaultVersionId: 'v2', document: readOnly, awsManaged: true });
  };

  it('follows pagination, decodes URL-encoded documents, and reads only the AWS managed policies in use (mock: ListPolicies OnlyAttached + GetPolicyVersion, not the bulk AWSManagedPolicy pages)', async () => {
    const iam = mockClient(IAMClient);
    try {
      mockOwnPages(iam);
      iam.on(ListPoliciesCommand, { Scope: 'AWS', OnlyAttached: true }).resolves({
        IsTruncated: false,
        Policies: [{ PolicyName: 'ReadOnlyAccess', Arn: awsPolicy('ReadOnlyAccess'), AttachmentCount: 1, DefaultVersionId: 'v2' }],
      });
      iam.on(GetPolicyVersionCommand, { PolicyArn: awsPolicy('ReadOnlyAccess'), VersionId: 'v2' }).resolves({ PolicyVersion: { VersionId: 'v2', IsDefaultVersion: true, Document: encodeURIComponent(JSON.stringify(readOnly)) } });
      await expectDetails();
      const calls = iam.commandCalls(GetAccountAuthorizationDetailsCommand).map((c) => c.args[0].input);
      expect(calls).toContainEqual(expect.objectContaining({ Filter: ['User', 'Group', 'Role', 'LocalManagedPolicy'], Marker: 'm1', MaxItems: 1000 }));
      expect(calls).toHaveLength(2); // the account's two pages; never the thousand AWS managed policies
      expect(iam.commandCalls(GetPolicyVersionCommand)).toHaveLength(1);
    } finally {
      iam.restore();
    }
  });

  it('falls back to the bulk AWSManagedPolicy pages when ListPolicies is refused (mock)', async () => {
    const iam = mockClient(IAMClient);
    try {
      mockOwnPages(iam);
      iam.on(ListPoliciesCommand).rejects(Object.assign(new Error('not allowed'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }));
      iam.on(GetAccountAuthorizationDetailsCommand, { Filter: ['AWSManagedPolicy'] }).resolves({
        IsTruncated: false,
        Policies: [
          { PolicyName: 'ReadOnlyAccess', Arn: awsPolicy('ReadOnlyAccess'), AttachmentCount: 1, DefaultVersionId: 'v2', PolicyVersionList: [{ VersionId: 'v2', IsDefaultVersion: true, Document: encodeURIComponent(JSON.stringify(readOnly)) }] },
          { PolicyName: 'AdministratorAccess', Arn: awsPolicy('AdministratorAccess'), AttachmentCount: 0, DefaultVersionId: 'v1', PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: encodeURIComponent(JSON.stringify(admin)) }] },
        ],
      });
      await expectDetails();
      expect(iam.commandCalls(GetAccountAuthorizationDetailsCommand)).toHaveLength(3);
    } finally {
      iam.restore();
    }
  });

  it('decodePolicyDocument keeps unparseable text and maps a missing document to null', () => {
    expect(decodePolicyDocument(undefined)).toBeNull();
    expect(decodePolicyDocument('%7B%22a%22%3A1%7D')).toEqual({ a: 1 });
    expect(decodePolicyDocument('{"a":1}')).toEqual({ a: 1 });
    expect(decodePolicyDocument('not json')).toBe('not json');
  });
});
