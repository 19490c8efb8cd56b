/**
 * Seeds moto with compliant and non-compliant identity and security resources: IAM users, roles and
 * policies (admin inline policies, a privilege-escalation path, a role trusting a stranger account),
 * Cognito user pools, KMS keys (Nitro Enclave keys with strict and loose policies), Secrets Manager
 * secrets, SSM parameters and documents, GuardDuty detectors, Inspector, AWS Private CAs, Directory
 * Service directories and an Organization. Fake secrets are assembled from parts at run time.
 * Every block stands alone: a call moto refuses is reported and the rest still runs.
 */
import { AttachUserPolicyCommand, CreatePolicyCommand, CreateRoleCommand, CreateUserCommand, IAMClient, PutRolePolicyCommand, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { CognitoIdentityProviderClient, CreateUserPoolCommand, SetUserPoolMfaConfigCommand } from '@aws-sdk/client-cognito-identity-provider';
import { CreateAliasCommand, CreateKeyCommand, EnableKeyRotationCommand, KMSClient } from '@aws-sdk/client-kms';
import { CreateSecretCommand, RotateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { CreateDocumentCommand, ModifyDocumentPermissionCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { CreateDetectorCommand, GuardDutyClient } from '@aws-sdk/client-guardduty';
import { EnableCommand, Inspector2Client } from '@aws-sdk/client-inspector2';
import { ACMPCAClient, CreateCertificateAuthorityCommand } from '@aws-sdk/client-acm-pca';
import { CreateDirectoryCommand, CreateLogSubscriptionCommand, CreateMicrosoftADCommand, DirectoryServiceClient } from '@aws-sdk/client-directory-service';
import { CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';

const EMPTY_ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Cfg = any;

const ACCOUNT = '123456789012';
const fakePassword = () => 'Seed' + 'Pw' + '-' + 'k3R8' + 'q1Vz';
const fakeToken = () => ['ghp', '_', 'h1dSeed', '0000', 'aaaa', 'bbbb', 'cccc', 'dddd', 'eeee', 'ff'].join('');
const doc = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const PCR0 = 'a'.repeat(96);
const PCR8 = 'b'.repeat(96);
const ZERO = '0'.repeat(96);

async function step(what: string, fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    console.warn(`seed h-ident1: ${what} skipped (${(err as Error).name}: ${(err as Error).message})`);
  }
}

async function seedIam(c: Cfg, scale: number): Promise<void> {
  const iam = new IAMClient(c);
  const escalation = (
    await iam.send(
      new CreatePolicyCommand({
        PolicyName: 'hid-escalation',
        PolicyDocument: doc({ Effect: 'Allow', Action: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction', 'iam:CreatePolicyVersion'], Resource: '*' }),
      }),
    )
  ).Policy!.Arn!;
  await iam.send(new CreatePolicyCommand({ PolicyName: 'hid-readonly-logs', PolicyDocument: doc({ Effect: 'Allow', Action: ['logs:Describe*', 'logs:Get*'], Resource: '*' }) }));
  await iam.send(new CreateRoleCommand({ RoleName: 'hid-rotator', AssumeRolePolicyDocument: doc({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }) }));
  for (let i = 0; i < scale; i++) {
    await iam.send(new CreateUserCommand({ UserName: `hid-admin-${i}` }));
    await iam.send(new PutUserPolicyCommand({ UserName: `hid-admin-${i}`, PolicyName: 'inline-admin', PolicyDocument: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) }));
    await iam.send(new CreateUserCommand({ UserName: `hid-escalator-${i}` }));
    await iam.send(new AttachUserPolicyCommand({ UserName: `hid-escalator-${i}`, PolicyArn: escalation }));
    await iam.send(new CreateUserCommand({ UserName: `hid-reader-${i}` }));
    await iam.send(new PutUserPolicyCommand({ UserName: `hid-reader-${i}`, PolicyName: 'read-bucket', PolicyDocument: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::hid-reports/*' }) }));
    await iam.send(
      new CreateRoleCommand({
        RoleName: `hid-stranger-trust-${i}`,
        AssumeRolePolicyDocument: doc({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::999988887777:root' }, Action: 'sts:AssumeRole' }),
      }),
    );
    await iam.send(
      new CreateRoleCommand({
        RoleName: `hid-deputy-guarded-${i}`,
        AssumeRolePolicyDocument: doc({ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT } } }),
      }),
    );
    await iam.send(new PutRolePolicyCommand({ RoleName: `hid-stranger-trust-${i}`, PolicyName: 'kms-all', PolicyDocument: doc({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }) }));
  }
  iam.destroy();
}

/** Enclave key policies: a strict one (attested, deployment-bound, no bypass) and a loose one. */
const rootAdmin = (all: boolean) => ({
  Sid: all ? 'Root' : 'AdministerOnly',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
  ...(all ? { Action: 'kms:*' } : { NotAction: ['kms:Decrypt', 'kms:DeriveSharedSecret', 'kms:GenerateDataKey*', 'kms:GenerateRandom'] }),
  Resource: '*',
});
const enclaveUse = (condition: object) => ({ Sid: 'Enclave', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: '*', Condition: condition });

async function seedRegion(cfg: (region: string) => object, region: string, home: boolean, scale: number): Promise<void> {
  const c = cfg(region) as Cfg;
  await step(`kms ${region}`, async () => {
    const kms = new KMSClient(c);
    for (let i = 0; i < scale; i++) {
      const strict = (
        await kms.send(
          new CreateKeyCommand({
            Description: `hid enclave key ${i}`,
            Policy: doc(rootAdmin(false), enclaveUse({ StringEqualsIgnoreCase: { 'kms:RecipientAttestation:ImageSha384': PCR0, 'kms:RecipientAttestation:PCR8': PCR8 } })),
          }),
        )
      ).KeyMetadata!;
      await kms.send(new EnableKeyRotationCommand({ KeyId: strict.KeyId }));
      const loose = (await kms.send(new CreateKeyCommand({ Description: `hid loose key ${i}`, Policy: doc(rootAdmin(true), enclaveUse({ StringEqualsIfExists: { 'kms:RecipientAttestation:PCR0': ZERO } })) }))).KeyMetadata!;
      await kms.send(new CreateAliasCommand({ AliasName: `alias/hid-enclave-loose-${i}`, TargetKeyId: loose.KeyId }));
      await kms.send(new CreateKeyCommand({ Description: `hid plain key ${i}` }));
    }
    kms.destroy();
  });
  await step(`cognito ${region}`, async () => {
    const idp = new CognitoIdentityProviderClient(c);
    for (let i = 0; i < scale; i++) {
      const good = await idp.send(
        new CreateUserPoolCommand({
          PoolName: `hid-good-${i}`,
          DeletionProtection: 'ACTIVE',
          Policies: { PasswordPolicy: { MinimumLength: 14, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true, TemporaryPasswordValidityDays: 1 } },
          UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
        }),
      );
      await idp.send(new SetUserPoolMfaConfigCommand({ UserPoolId: good.UserPool!.Id!, MfaConfiguration: 'ON', SoftwareTokenMfaConfiguration: { Enabled: true } }));
      await idp.send(new CreateUserPoolCommand({ PoolName: `hid-bad-${i}`, MfaConfiguration: 'OFF', Policies: { PasswordPolicy: { MinimumLength: 6, RequireLowercase: false, RequireUppercase: false, RequireNumbers: false, RequireSymbols: false } } }));
    }
    idp.destroy();
  });
  await step(`secretsmanager ${region}`, async () => {
    const sm = new SecretsManagerClient(c);
    await step('rotation function', () =>
      new LambdaClient(c).send(new CreateFunctionCommand({ FunctionName: 'hid-rotator', Runtime: 'python3.13', Role: `arn:aws:iam::${ACCOUNT}:role/hid-rotator`, Handler: 'index.handler', Code: { ZipFile: EMPTY_ZIP } })),
    );
    for (let i = 0; i < scale; i++) {
      const rotated = await sm.send(new CreateSecretCommand({ Name: `hid-rotated-${i}`, SecretString: fakePassword() }));
      await step('secret rotation', () =>
        sm.send(new RotateSecretCommand({ SecretId: rotated.ARN!, RotationLambdaARN: `arn:aws:lambda:${region}:${ACCOUNT}:function:hid-rotator`, RotationRules: { AutomaticallyAfterDays: 30 } })),
      );
      await sm.send(new CreateSecretCommand({ Name: `hid-static-${i}`, SecretString: fakeToken() }));
    }
    sm.destroy();
  });
  await step(`ssm ${region}`, async () => {
    const ssm = new SSMClient(c);
    for (let i = 0; i < scale; i++) {
      await ssm.send(new PutParameterCommand({ Name: `/hid/${i}/db-password`, Type: 'SecureString', Value: fakePassword() }));
      await ssm.send(new PutParameterCommand({ Name: `/hid/${i}/api-token-plain`, Type: 'String', Value: fakeToken() }));
      const content = JSON.stringify({ schemaVersion: '2.2', description: 'hid', mainSteps: [{ action: 'aws:runShellScript', name: 'run', inputs: { runCommand: [`export API_TOKEN=${fakeToken()}`] } }] });
      await ssm.send(new CreateDocumentCommand({ Name: `hid-public-${i}`, DocumentType: 'Command', Content: content }));
      await ssm.send(new ModifyDocumentPermissionCommand({ Name: `hid-public-${i}`, PermissionType: 'Share', AccountIdsToAdd: ['All'] }));
      await ssm.send(new CreateDocumentCommand({ Name: `hid-private-${i}`, DocumentType: 'Command', Content: content.replace(/API_TOKEN=[^"]+/, 'LOG_LEVEL=info') }));
    }
    ssm.destroy();
  });
  // GuardDuty and Inspector: on in the home region, off elsewhere.
  if (home) {
    await step(`guardduty ${region}`, () => new GuardDutyClient(c).send(new CreateDetectorCommand({ Enable: true, Features: [{ Name: 'S3_DATA_EVENTS', Status: 'ENABLED' }] })));
    await step(`inspector2 ${region}`, () => new Inspector2Client(c).send(new EnableCommand({ accountIds: [ACCOUNT], resourceTypes: ['EC2', 'ECR'] })));
  } else {
    await step(`guardduty ${region}`, () => new GuardDutyClient(c).send(new CreateDetectorCommand({ Enable: false })));
  }
  await step(`acm-pca ${region}`, async () => {
    const pca = new ACMPCAClient(c);
    const make = (KeyAlgorithm: string, SigningAlgorithm: string, CommonName: string) =>
      pca.send(new CreateCertificateAuthorityCommand({ CertificateAuthorityType: 'ROOT', CertificateAuthorityConfiguration: { KeyAlgorithm: KeyAlgorithm as never, SigningAlgorithm: SigningAlgorithm as never, Subject: { CommonName } } }));
    await make('ML_DSA_65', 'ML_DSA_65', `hid-pqc-${region}`);
    await make('RSA_2048', 'SHA256WITHRSA', `hid-classic-${region}`);
  });
  if (home) {
    await step(`directory service ${region}`, async () => {
      const ec2 = new EC2Client(c);
      const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.77.0.0/16' }))).Vpc!.VpcId!;
      const a = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.77.1.0/24', AvailabilityZone: `${region}a` }))).Subnet!.SubnetId!;
      const b = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.77.2.0/24', AvailabilityZone: `${region}b` }))).Subnet!.SubnetId!;
      const ds = new DirectoryServiceClient(c);
      const logged = await ds.send(new CreateMicrosoftADCommand({ Name: 'hid-logged.example.com', Password: fakePassword(), VpcSettings: { VpcId: vpc, SubnetIds: [a, b] } }));
      await ds.send(new CreateLogSubscriptionCommand({ DirectoryId: logged.DirectoryId!, LogGroupName: '/aws/directoryservice/hid-logged' }));
      await ds.send(new CreateMicrosoftADCommand({ Name: 'hid-silent.example.com', Password: fakePassword(), VpcSettings: { VpcId: vpc, SubnetIds: [a, b] } }));
      await ds.send(new CreateDirectoryCommand({ Name: 'hid-simple.example.com', Password: fakePassword(), Size: 'Small', VpcSettings: { VpcId: vpc, SubnetIds: [a, b] } }));
      ec2.destroy();
      ds.destroy();
    });
  }
}

export async function seedHIdent1(cfg: (region: string) => object, regions: string[], scale: number): Promise<void> {
  const n = Math.max(1, scale);
  await step('iam', () => seedIam(cfg(regions[0]) as Cfg, n));
  await step('organizations', () => new OrganizationsClient(cfg(regions[0]) as Cfg).send(new CreateOrganizationCommand({ FeatureSet: 'ALL' })));
  for (const [i, region] of regions.entries()) await seedRegion(cfg, region, i === 0, n);
}
