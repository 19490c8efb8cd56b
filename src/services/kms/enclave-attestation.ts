/**
 * Reading KMS key policies for Nitro Enclaves attestation, once, for the six kms_key_enclave_* checks.
 *
 * AWS KMS lets a key policy require that Decrypt, DeriveSharedSecret, GenerateDataKey,
 * GenerateDataKeyPair and GenerateRandom come with a signed attestation document whose measurements
 * match the policy: `kms:RecipientAttestation:ImageSha384` (the image digest, the same value as PCR0)
 * and `kms:RecipientAttestation:PCR<n>` (PCR0 image, PCR1 kernel and boot ramfs, PCR2 application,
 * PCR3 parent instance IAM role, PCR4 parent instance id, PCR8 signing certificate). A request without
 * an attestation document does not satisfy a positive condition on these keys, so a `StringEquals`
 * binding really narrows the grant; `...IfExists`, `ForAllValues:` (true when the key is absent) and
 * wildcard values do not.
 *
 * An enclave started with --debug-mode attests with PCR0, PCR1 and PCR2 set to all zeros (48 zero
 * bytes), which the policy and the CloudTrail record of the call both show.
 *
 * Pure functions over policy text and parsed CloudTrail events; the checks decide the verdicts.
 */
import { isPublicPrincipal, parsePolicy, actionMatches, type Condition, type Statement } from '../../lib/iam-policy/index.js';
import type { KeyMetadata } from './collectors.js';

/** The KMS operations that honour attestation conditions. */
export const ATTESTED_ACTIONS = ['kms:Decrypt', 'kms:DeriveSharedSecret', 'kms:GenerateDataKey', 'kms:GenerateDataKeyPair', 'kms:GenerateRandom'] as const;
/** Their CloudTrail event names. */
export const ATTESTED_EVENTS: readonly string[] = ATTESTED_ACTIONS.map((a) => a.slice('kms:'.length));

const PREFIX = 'kms:recipientattestation:';
/** Measurements that identify the enclave image: zero in debug mode, and the same wherever the image runs. */
export const IMAGE_REGISTERS = ['PCR0', 'PCR1', 'PCR2'] as const;
/** Measurements that tie an enclave to where it runs: parent role, parent instance, signing certificate. */
export const DEPLOYMENT_REGISTERS = ['PCR3', 'PCR4', 'PCR8'] as const;
/** Account and organization condition keys that pin the caller's account (with an attestation binding). */
const DEPLOYMENT_ACCOUNT_KEYS = new Set(['aws:principalaccount', 'aws:sourceaccount', 'aws:principalorgid', 'aws:principalorgpaths', 'aws:resourceaccount', 'kms:calleraccount']);

/** A statement's requirement on one attestation register: the request's value must be one of `values`. */
export interface Binding {
  /** 'PCR0'..'PCR31' (ImageSha384 is PCR0), or 'NitroTPMPCR<n>' for NitroTPM attestation. */
  register: string;
  /** Lower-case hex as written in the policy. */
  values: string[];
}

/** 'kms:RecipientAttestation:ImageSha384' -> 'PCR0', '...:pcr8' -> 'PCR8', '...:NitroTPMPCR7' -> 'NitroTPMPCR7'. */
export function registerOf(conditionKey: string): string | undefined {
  const key = conditionKey.toLowerCase();
  if (!key.startsWith(PREFIX)) return undefined;
  const suffix = key.slice(PREFIX.length);
  if (suffix === 'imagesha384') return 'PCR0';
  let m = /^pcr(\d{1,2})$/.exec(suffix);
  if (m) return `PCR${Number(m[1])}`;
  m = /^nitrotpmpcr(\d{1,2})$/.exec(suffix);
  if (m) return `NitroTPMPCR${Number(m[1])}`;
  return suffix;
}

const isAttestationKey = (key: string) => key.toLowerCase().startsWith(PREFIX);

/** Split 'ForAllValues:StringEqualsIfExists' into its set operator, base operator and IfExists flag. */
function operatorParts(operator: string): { set?: 'any' | 'all'; base: string; ifExists: boolean } {
  let op = operator.trim().toLowerCase();
  let set: 'any' | 'all' | undefined;
  if (op.startsWith('foranyvalue:')) [set, op] = ['any', op.slice('foranyvalue:'.length)];
  else if (op.startsWith('forallvalues:')) [set, op] = ['all', op.slice('forallvalues:'.length)];
  const ifExists = op.endsWith('ifexists');
  return { set, base: ifExists ? op.slice(0, -'ifexists'.length) : op, ifExists };
}

const POSITIVE = new Set(['stringequals', 'stringequalsignorecase', 'stringlike']);
const NEGATED = new Set(['stringnotequals', 'stringnotequalsignorecase', 'stringnotlike']);
const hasWildcard = (v: string) => v.includes('*') || v.includes('?');

/** Keys the statement forces to be present with Null: false (which makes ForAllValues bind). */
function presentKeys(st: Statement): Set<string> {
  return new Set(st.conditions.filter((c) => c.operator.trim().toLowerCase() === 'null' && c.values.some((v) => v.toLowerCase() === 'false')).map((c) => c.key));
}

/**
 * Does this condition, in an Allow, require the request's attestation to carry one of fixed values?
 * Positive string operators without IfExists, with concrete (wildcard-free) values; ForAllValues only
 * together with a Null:false guard on the same key (alone it holds when the key is missing).
 */
function binds(c: Condition, present: Set<string>): boolean {
  if (!isAttestationKey(c.key) || c.values.length === 0) return false;
  const { set, base, ifExists } = operatorParts(c.operator);
  if (ifExists || !POSITIVE.has(base)) return false;
  if (set === 'all' && !present.has(c.key)) return false;
  return c.values.every((v) => v.trim() !== '' && !hasWildcard(v));
}

/** The attestation registers an Allow statement really binds, with their allowed values. */
export function attestationBindings(st: Statement): Binding[] {
  if (st.effect !== 'Allow') return [];
  const present = presentKeys(st);
  const out = new Map<string, Set<string>>();
  for (const c of st.conditions) {
    if (!binds(c, present)) continue;
    const register = registerOf(c.key)!;
    const set = out.get(register) ?? new Set<string>();
    for (const v of c.values) set.add(v.trim().toLowerCase());
    out.set(register, set);
  }
  return [...out].map(([register, values]) => ({ register, values: [...values] }));
}

/** Does the statement's Action/NotAction cover the action (wildcards on both sides)? */
function covers(st: Statement, action: string): boolean {
  if (st.actions) return st.actions.some((p) => actionMatches(p, action));
  if (st.notActions) return !st.notActions.some((p) => actionMatches(p, action));
  return false;
}

/** The attested operations an Allow statement grants (kms:*, *, kms:GenerateDataKey*, NotAction...). */
export function attestedActionsGranted(st: Statement): string[] {
  if (st.effect !== 'Allow') return [];
  return ATTESTED_ACTIONS.filter((a) => covers(st, a));
}

/**
 * Does a Deny statement refuse the given operations, to everyone, whenever the request lacks a matching
 * attestation? Every one of its conditions must be such a test, because a Deny applies only when all its
 * conditions hold: Null {attestation key: true} (key absent), or a negated string operator on an
 * attestation key (true when the key is absent or its value differs).
 */
export function denyRequiresAttestation(st: Statement, actions: readonly string[]): boolean {
  if (st.effect !== 'Deny' || st.notPrincipal || !isPublicPrincipal(st) || st.conditions.length === 0) return false;
  // In a key policy the Resource is the key itself ("*"); a NotResource Deny spares it.
  if (st.notResources) return false;
  if (!actions.every((a) => covers(st, a))) return false;
  return st.conditions.every((c) => {
    if (!isAttestationKey(c.key)) return false;
    const op = c.operator.trim().toLowerCase();
    if (op === 'null') return c.values.some((v) => v.toLowerCase() === 'true');
    const { set, base } = operatorParts(c.operator);
    return !set && NEGATED.has(base) && c.values.length > 0;
  });
}

/** How one key policy treats the attested operations. */
export interface EnclavePolicyReading {
  /** Allow statements that grant at least one attested operation. */
  sensitiveAllows: Array<{ statement: Statement; label: string; actions: string[]; bindings: Binding[] }>;
  /** Sensitive Allows without an attestation binding ("not enforced" statements). */
  unattested: Array<{ label: string; actions: string[] }>;
  /** Unattested Allows that no attestation-requiring Deny neutralises: ways in without an enclave. */
  bypasses: Array<{ label: string; actions: string[] }>;
  /** Sensitive Allows that bind attestation. */
  attested: Array<{ label: string; bindings: Binding[]; deploymentBound: boolean }>;
  /** Does the policy mention kms:RecipientAttestation:* anywhere? */
  mentionsAttestation: boolean;
}

const labelOf = (st: Statement, index: number) => (st.sid ? `"${st.sid}"` : `#${index + 1}`);

/** Does an account or organization condition (strict equality, concrete values) pin the caller's account? */
function pinsAccount(st: Statement): boolean {
  return st.conditions.some((c) => {
    if (!DEPLOYMENT_ACCOUNT_KEYS.has(c.key)) return false;
    const { set, base, ifExists } = operatorParts(c.operator);
    if (set || ifExists || !['stringequals', 'stringequalsignorecase'].includes(base)) return false;
    return c.values.length > 0 && c.values.every((v) => v.trim() !== '' && !hasWildcard(v));
  });
}

/** Read a key policy (JSON text) for attestation. */
export function readEnclavePolicy(policy: string | null | undefined): EnclavePolicyReading {
  const statements = parsePolicy(policy ?? null);
  const denies = statements.filter((s) => s.effect === 'Deny');
  const reading: EnclavePolicyReading = {
    sensitiveAllows: [],
    unattested: [],
    bypasses: [],
    attested: [],
    mentionsAttestation: statements.some((s) => s.conditions.some((c) => isAttestationKey(c.key))),
  };
  statements.forEach((st, i) => {
    const actions = attestedActionsGranted(st);
    if (!actions.length) return;
    const label = labelOf(st, i);
    const bindings = attestationBindings(st);
    reading.sensitiveAllows.push({ statement: st, label, actions, bindings });
    if (!bindings.length) {
      reading.unattested.push({ label, actions });
      if (!denies.some((d) => denyRequiresAttestation(d, actions))) reading.bypasses.push({ label, actions });
      return;
    }
    const deploymentBound = bindings.some((b) => (DEPLOYMENT_REGISTERS as readonly string[]).includes(b.register)) || pinsAccount(st);
    reading.attested.push({ label, bindings, deploymentBound });
  });
  return reading;
}

// ---------------------------------------------------------------------------------------------------
// Which keys are enclave keys

/** Enabled customer-managed keys: the only keys an enclave can use and whose policy the account sets. */
export const isEnclaveCandidate = (m: KeyMetadata): boolean => m.manager === 'CUSTOMER' && m.state === 'Enabled';

/**
 * A key backs a Nitro Enclave workload when its policy already uses attestation conditions, or its
 * description or one of its aliases says "enclave" (case-insensitive), or it carries the tag
 * prowler:enclave-key = true (Prowler's explicit marker).
 */
export function isEnclaveKey(m: KeyMetadata, aliases: readonly string[], policy: string | null | undefined, tags: Record<string, string> = {}): boolean {
  if (Object.entries(tags).some(([k, v]) => k === 'prowler:enclave-key' && v.toLowerCase() === 'true')) return true;
  if (/enclave/i.test(m.description ?? '')) return true;
  if (aliases.some((a) => /enclave/i.test(a.replace(/^alias\//, '')))) return true;
  return readEnclavePolicy(policy).mentionsAttestation;
}

// ---------------------------------------------------------------------------------------------------
// Measurement values

const PCR_BYTES = 48;

/** A measurement as 96 lower-case hex characters, from hex (policies, nitro-cli) or base64 (CloudTrail); undefined if neither. */
export function measurementHex(value: string): string | undefined {
  const v = value.trim();
  if (/^[0-9a-fA-F]{96}$/.test(v)) return v.toLowerCase();
  if (/^[A-Za-z0-9+/]{64}$/.test(v)) {
    const bytes = Buffer.from(v, 'base64');
    if (bytes.length === PCR_BYTES) return bytes.toString('hex');
  }
  return undefined;
}

/** Is the measurement the all-zero value a debug-mode enclave reports? */
export const isZeroMeasurement = (value: string): boolean => measurementHex(value) === '0'.repeat(PCR_BYTES * 2);

/**
 * Golden (known-good) measurements from the `enclave_golden_pcr_values` parameter: entries
 * 'PCR0=<hex>' (or 'ImageSha384=<hex>', 'PCR8:<hex>'); a bare value counts as PCR0 (the image digest).
 * Returns register -> set of hex values; entries that are not a 48-byte hex or base64 value are listed in `invalid`.
 */
export function parseGolden(entries: readonly string[]): { golden: Map<string, Set<string>>; invalid: string[] } {
  const golden = new Map<string, Set<string>>();
  const invalid: string[] = [];
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    const m = /^([A-Za-z0-9]+)\s*[=:]\s*(.+)$/.exec(entry);
    const register = m ? registerOf(`kms:RecipientAttestation:${m[1]}`) : 'PCR0';
    const hex = measurementHex(m ? m[2] : entry);
    if (!register || !hex) {
      invalid.push(entry);
      continue;
    }
    const set = golden.get(register) ?? new Set<string>();
    set.add(hex);
    golden.set(register, set);
  }
  return { golden, invalid };
}

// ---------------------------------------------------------------------------------------------------
// CloudTrail records of attested calls

/** One attested KMS call made from a Nitro Enclave, as CloudTrail recorded it. */
export interface EnclaveCall {
  eventName: string;
  /** ISO time of the call. */
  time: string;
  /** The enclave id (i-...-enc...). */
  moduleId: string;
  /** Measurements the attestation document carried, by register (PCR0 = image digest), lower-case hex. */
  pcrs: Record<string, string>;
}

const RECIPIENT_FIELDS: Record<string, string> = {
  attestationDocumentEnclaveImageDigest: 'PCR0',
  attestationDocumentEnclavePCR1: 'PCR1',
  attestationDocumentEnclavePCR2: 'PCR2',
  attestationDocumentEnclavePCR3: 'PCR3',
  attestationDocumentEnclavePCR4: 'PCR4',
  attestationDocumentEnclavePCR8: 'PCR8',
};

/** Parse one CloudTrail event (the CloudTrailEvent JSON text) into an enclave call, or undefined when it is not one. */
export function parseEnclaveCall(cloudTrailEvent: string | undefined, fallbackTime?: string): EnclaveCall | undefined {
  if (!cloudTrailEvent) return undefined;
  let event: { eventName?: string; eventTime?: string; additionalEventData?: { recipient?: Record<string, unknown> } };
  try {
    event = JSON.parse(cloudTrailEvent);
  } catch {
    return undefined;
  }
  const recipient = event.additionalEventData?.recipient;
  const moduleId = recipient?.attestationDocumentModuleId;
  if (!recipient || typeof moduleId !== 'string' || !moduleId.includes('-enc')) return undefined;
  const pcrs: Record<string, string> = {};
  for (const [field, register] of Object.entries(RECIPIENT_FIELDS)) {
    const v = recipient[field];
    const hex = typeof v === 'string' ? measurementHex(v) : undefined;
    if (hex) pcrs[register] = hex;
  }
  return { eventName: event.eventName ?? 'unknown', time: event.eventTime ?? fallbackTime ?? '', moduleId, pcrs };
}

/** A debug-mode attestation: PCR0, PCR1 and PCR2 all present and all zero. */
export const isDebugCall = (call: EnclaveCall): boolean => IMAGE_REGISTERS.every((r) => call.pcrs[r] !== undefined && isZeroMeasurement(call.pcrs[r]));

/** The measurements of a call that a golden list exists for but does not contain (registers without a list are not judged). */
export function unknownMeasurements(call: EnclaveCall, golden: Map<string, Set<string>>): Array<{ register: string; value: string }> {
  return Object.entries(call.pcrs)
    .filter(([register, value]) => golden.has(register) && !golden.get(register)!.has(value))
    .map(([register, value]) => ({ register, value }));
}
