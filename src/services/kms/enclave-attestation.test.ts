import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../lib/iam-policy/index.js';
import {
  attestationBindings,
  attestedActionsGranted,
  denyRequiresAttestation,
  isDebugCall,
  isEnclaveKey,
  isZeroMeasurement,
  measurementHex,
  parseEnclaveCall,
  parseGolden,
  readEnclavePolicy,
  registerOf,
  unknownMeasurements,
} from './enclave-attestation.js';

const A = 'a'.repeat(96);
const B = 'b'.repeat(96);
const ZERO = '0'.repeat(96);
const stmt = (s: object) => parsePolicy({ Statement: [s] })[0];
const allow = (condition?: object, action: unknown = ['kms:Decrypt', 'kms:GenerateDataKey']) => ({
  Sid: 'Enclave',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::123456789012:role/parent' },
  Action: action,
  Resource: '*',
  ...(condition ? { Condition: condition } : {}),
});
const rootAll = { Sid: 'Root', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'kms:*', Resource: '*' };
const policy = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });

describe('enclave attestation policy reading', () => {
  it('names registers: ImageSha384 is PCR0, case does not matter, NitroTPM kept apart', () => {
    expect(registerOf('kms:RecipientAttestation:ImageSha384')).toBe('PCR0');
    expect(registerOf('KMS:recipientattestation:pcr08')).toBe('PCR8');
    expect(registerOf('kms:RecipientAttestation:NitroTPMPCR7')).toBe('NitroTPMPCR7');
    expect(registerOf('aws:SourceAccount')).toBeUndefined();
  });

  it('finds the attested operations a statement grants through wildcards and NotAction', () => {
    expect(attestedActionsGranted(stmt(allow(undefined, 'kms:*')))).toHaveLength(5);
    expect(attestedActionsGranted(stmt(allow(undefined, '*')))).toHaveLength(5);
    expect(attestedActionsGranted(stmt(allow(undefined, 'kms:GenerateDataKey*')))).toEqual(['kms:GenerateDataKey', 'kms:GenerateDataKeyPair']);
    expect(attestedActionsGranted(stmt(allow(undefined, ['kms:Describe*', 'kms:Put*'])))).toEqual([]);
    const notAction = stmt({ Effect: 'Allow', Principal: '*', NotAction: ['kms:Decrypt', 'kms:GenerateDataKey*'], Resource: '*' });
    expect(attestedActionsGranted(notAction)).toEqual(['kms:DeriveSharedSecret', 'kms:GenerateRandom']);
    expect(attestedActionsGranted(stmt({ ...allow(undefined, 'kms:*'), Effect: 'Deny' }))).toEqual([]);
  });

  it('counts only positive, non-IfExists bindings on fixed values', () => {
    expect(attestationBindings(stmt(allow({ StringEqualsIgnoreCase: { 'kms:RecipientAttestation:ImageSha384': A.toUpperCase() } })))).toEqual([{ register: 'PCR0', values: [A] }]);
    expect(attestationBindings(stmt(allow({ StringEquals: { 'kms:RecipientAttestation:PCR0': [A, B], 'kms:RecipientAttestation:PCR8': B } })))).toEqual([
      { register: 'PCR0', values: [A, B] },
      { register: 'PCR8', values: [B] },
    ]);
    // Holds when the request has no attestation document at all:
    expect(attestationBindings(stmt(allow({ StringEqualsIfExists: { 'kms:RecipientAttestation:PCR0': A } })))).toEqual([]);
    expect(attestationBindings(stmt(allow({ StringLike: { 'kms:RecipientAttestation:PCR0': 'aaaa*' } })))).toEqual([]);
    expect(attestationBindings(stmt(allow({ StringNotEquals: { 'kms:RecipientAttestation:PCR0': A } })))).toEqual([]);
    expect(attestationBindings(stmt(allow({ Null: { 'kms:RecipientAttestation:PCR0': 'false' } })))).toEqual([]);
    // ForAllValues is vacuously true for a missing key unless a Null:false guard requires it.
    expect(attestationBindings(stmt(allow({ 'ForAllValues:StringEquals': { 'kms:RecipientAttestation:PCR0': A } })))).toEqual([]);
    expect(
      attestationBindings(stmt(allow({ 'ForAllValues:StringEquals': { 'kms:RecipientAttestation:PCR0': A }, Null: { 'kms:RecipientAttestation:PCR0': 'false' } }))),
    ).toEqual([{ register: 'PCR0', values: [A] }]);
    expect(attestationBindings(stmt(allow({ 'ForAnyValue:StringEquals': { 'kms:RecipientAttestation:PCR0': A } })))).toHaveLength(1);
  });

  it('credits a Deny only when it covers the operations for everyone and fires whenever attestation is missing', () => {
    const ops = ['kms:Decrypt', 'kms:GenerateDataKey'];
    const deny = (s: object) => stmt({ Effect: 'Deny', Principal: '*', Action: ['kms:Decrypt', 'kms:GenerateDataKey*'], Resource: '*', ...s });
    expect(denyRequiresAttestation(deny({ Condition: { Null: { 'kms:RecipientAttestation:ImageSha384': 'true' } } }), ops)).toBe(true);
    expect(denyRequiresAttestation(deny({ Condition: { StringNotEqualsIgnoreCase: { 'kms:RecipientAttestation:ImageSha384': A } } }), ops)).toBe(true);
    expect(denyRequiresAttestation(deny({ Condition: { StringNotEqualsIfExists: { 'kms:RecipientAttestation:PCR0': A } } }), ops)).toBe(true);
    // Unconditional, only some actions, only some principals, or AND-ed with an unrelated condition: no.
    expect(denyRequiresAttestation(deny({}), ops)).toBe(false);
    expect(denyRequiresAttestation(deny({ Action: 'kms:Decrypt', Condition: { Null: { 'kms:RecipientAttestation:PCR0': 'true' } } }), ops)).toBe(false);
    expect(denyRequiresAttestation(deny({ Principal: { AWS: 'arn:aws:iam::123456789012:role/x' }, Condition: { Null: { 'kms:RecipientAttestation:PCR0': 'true' } } }), ops)).toBe(false);
    expect(
      denyRequiresAttestation(deny({ Condition: { Null: { 'kms:RecipientAttestation:PCR0': 'true' }, Bool: { 'aws:SecureTransport': 'false' } } }), ops),
    ).toBe(false);
    expect(denyRequiresAttestation(deny({ Condition: { Null: { 'kms:RecipientAttestation:PCR0': 'false' } } }), ops)).toBe(false);
  });

  it('reads a whole policy: unattested statements, bypasses, deployment bindings', () => {
    const image = { StringEqualsIgnoreCase: { 'kms:RecipientAttestation:ImageSha384': A } };
    const r = readEnclavePolicy(policy(rootAll, allow(image)));
    expect(r.unattested.map((s) => s.label)).toEqual(['"Root"']);
    expect(r.bypasses.map((s) => s.label)).toEqual(['"Root"']);
    expect(r.attested).toEqual([{ label: '"Enclave"', bindings: [{ register: 'PCR0', values: [A] }], deploymentBound: false }]);
    expect(r.mentionsAttestation).toBe(true);

    const closed = readEnclavePolicy(
      policy(rootAll, allow(image), { Effect: 'Deny', Principal: { AWS: '*' }, Action: 'kms:*', Resource: '*', Condition: { Null: { 'kms:RecipientAttestation:ImageSha384': 'true' } } }),
    );
    expect(closed.unattested).toHaveLength(1);
    expect(closed.bypasses).toEqual([]);

    const bound = readEnclavePolicy(policy(allow({ StringEquals: { 'kms:RecipientAttestation:PCR0': A, 'kms:RecipientAttestation:PCR3': B } })));
    expect(bound.attested[0].deploymentBound).toBe(true);
    const account = readEnclavePolicy(policy(allow({ ...image, StringEquals: { 'aws:PrincipalAccount': '123456789012' } })));
    expect(account.attested[0].deploymentBound).toBe(true);
    const looseAccount = readEnclavePolicy(policy(allow({ ...image, StringLike: { 'aws:PrincipalAccount': '*' } })));
    expect(looseAccount.attested[0].deploymentBound).toBe(false);
    // Unnamed statements are labelled by position.
    expect(readEnclavePolicy(policy({ ...rootAll, Sid: undefined })).unattested[0].label).toBe('#1');
    expect(readEnclavePolicy('not json')).toMatchObject({ sensitiveAllows: [], mentionsAttestation: false });
  });

  it('tells enclave keys by policy, description, alias or marker tag', () => {
    const meta = { manager: 'CUSTOMER', state: 'Enabled', spec: 'SYMMETRIC_DEFAULT', origin: 'AWS_KMS' };
    expect(isEnclaveKey(meta, [], policy(rootAll))).toBe(false);
    expect(isEnclaveKey(meta, [], policy(rootAll, allow({ StringEquals: { 'kms:RecipientAttestation:PCR0': A } })))).toBe(true);
    expect(isEnclaveKey({ ...meta, description: 'Nitro Enclave data key' }, [], null)).toBe(true);
    expect(isEnclaveKey(meta, ['alias/payments-enclave'], null)).toBe(true);
    expect(isEnclaveKey(meta, [], null, { 'prowler:enclave-key': 'TRUE' })).toBe(true);
  });
});

describe('enclave measurements', () => {
  it('reads hex and base64, and knows the debug-mode all-zero value', () => {
    const b64 = Buffer.from(A, 'hex').toString('base64');
    expect(measurementHex(b64)).toBe(A);
    expect(measurementHex(A.toUpperCase())).toBe(A);
    expect(measurementHex('abc')).toBeUndefined();
    expect(isZeroMeasurement(ZERO)).toBe(true);
    expect(isZeroMeasurement(Buffer.alloc(48).toString('base64'))).toBe(true);
    expect(isZeroMeasurement(A)).toBe(false);
  });

  it('parses golden entries by register; a bare value is the image digest', () => {
    const { golden, invalid } = parseGolden([`PCR0=${A}`, `ImageSha384=${B}`, `pcr8: ${Buffer.from(B, 'hex').toString('base64')}`, A, 'PCR1=short', '']);
    expect([...golden.get('PCR0')!]).toEqual([A, B]);
    expect([...golden.get('PCR8')!]).toEqual([B]);
    expect(invalid).toEqual(['PCR1=short']);
  });

  const event = (recipient: object, extra: object = {}) =>
    JSON.stringify({ eventName: 'Decrypt', eventTime: '2026-10-30T10:00:00Z', additionalEventData: { recipient }, ...extra });
  const b64 = (hex: string) => Buffer.from(hex, 'hex').toString('base64');

  it('parses enclave calls from CloudTrail and spots debug mode (PCR0, PCR1 and PCR2 all zero)', () => {
    const debug = parseEnclaveCall(
      event({
        attestationDocumentModuleId: 'i-0abc-enc0123',
        attestationDocumentEnclaveImageDigest: b64(ZERO),
        attestationDocumentEnclavePCR1: b64(ZERO),
        attestationDocumentEnclavePCR2: ZERO,
        attestationDocumentEnclavePCR3: b64(A),
      }),
    )!;
    expect(debug).toMatchObject({ eventName: 'Decrypt', moduleId: 'i-0abc-enc0123', pcrs: { PCR0: ZERO, PCR3: A } });
    expect(isDebugCall(debug)).toBe(true);
    // A missing PCR2 is not evidence of debug mode.
    const partial = parseEnclaveCall(event({ attestationDocumentModuleId: 'i-1-enc1', attestationDocumentEnclaveImageDigest: b64(ZERO), attestationDocumentEnclavePCR1: b64(ZERO) }))!;
    expect(isDebugCall(partial)).toBe(false);
    // NitroTPM recipients and plain calls are not enclave calls.
    expect(parseEnclaveCall(event({ attestationDocumentModuleId: 'i-0abc' }))).toBeUndefined();
    expect(parseEnclaveCall(JSON.stringify({ eventName: 'Decrypt' }))).toBeUndefined();
    expect(parseEnclaveCall('{')).toBeUndefined();
  });

  it('lists measurements outside the golden list, only for registers that have one', () => {
    const call = parseEnclaveCall(event({ attestationDocumentModuleId: 'i-1-enc1', attestationDocumentEnclaveImageDigest: b64(B), attestationDocumentEnclavePCR8: b64(B) }))!;
    expect(unknownMeasurements(call, parseGolden([`PCR0=${A}`]).golden)).toEqual([{ register: 'PCR0', value: B }]);
    expect(unknownMeasurements(call, parseGolden([`PCR0=${B}`]).golden)).toEqual([]);
  });
});
