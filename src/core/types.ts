/**
 * The shared vocabulary of prowl: severities, statuses, call errors, resources and findings.
 * Nothing here touches AWS; everything here is plain, serialisable data.
 */

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'informational'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * PASS and FAIL are verdicts. MANUAL means the requirement cannot be automated (CIS marks it so).
 * ERROR means prowl could not evaluate: the data it needed was denied or failed to load; the finding
 * names the call and the error code. A check never turns missing data into PASS or FAIL.
 */
export const STATUSES = ['PASS', 'FAIL', 'MANUAL', 'ERROR'] as const;
export type Status = (typeof STATUSES)[number];

/** Why an AWS call did not produce data. Stored in the inventory, never thrown through the engine. */
export type CallErrorKind =
  | 'AccessDenied' // the scanning identity may not make this call
  | 'OptInRequired' // region or service not enabled for the account
  | 'Unavailable' // the service has no endpoint in this region (not offered here)
  | 'NotSubscribed' // service not enabled (e.g. Security Hub, Macie)
  | 'Throttled' // still throttled after every retry
  | 'Timeout' // connect or request timeout
  | 'Unreachable' // endpoint could not be reached
  | 'Unsupported' // the endpoint does not implement the operation
  | 'Failed'; // anything else

export interface CallError {
  kind: CallErrorKind;
  /** The AWS error code as returned, e.g. AccessDeniedException, UnauthorizedOperation. */
  code: string;
  /** Service and operation, e.g. "iam:GetAccountPasswordPolicy". */
  operation: string;
  message: string;
  /** The HTTP status the endpoint answered with, when it answered. */
  httpStatus?: number;
}

/** Codes prowl gives failures that carry no AWS error code; their message says what happened. */
export const DESCRIBED_BY_MESSAGE = new Set(['NonAwsResponse', 'ClientError', 'TimedOut']);

/**
 * Human text for a call error, used in ERROR findings' messages: "<operation> <what happened> (<code>)",
 * with the HTTP status when the endpoint answered ("access denied (AccessDenied, HTTP 403)"). Failures
 * without an AWS code say what happened in words ("failed: the endpoint answered HTTP 404 with a non-AWS body").
 */
export function describeCallError(error: CallError): string {
  if (DESCRIBED_BY_MESSAGE.has(error.code)) return `${error.operation} ${error.kind === 'Timeout' ? 'timed out' : 'failed'}: ${error.message}`;
  const what: Record<CallErrorKind, string> = {
    AccessDenied: 'access denied',
    OptInRequired: 'region or service not enabled',
    Unavailable: 'not available in this region',
    NotSubscribed: 'service not enabled',
    Throttled: 'throttled after retries',
    Timeout: 'timed out',
    Unreachable: 'endpoint unreachable',
    Unsupported: 'operation not supported by the endpoint',
    Failed: 'failed',
  };
  const status = error.httpStatus ? `, HTTP ${error.httpStatus}` : '';
  return `${error.operation} ${what[error.kind]} (${error.code}${status})`;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: CallError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const failed = <T = never>(error: CallError): Result<T> => ({ ok: false, error });

/** A resource a finding is about. `arn` is the stable key; `id` is the short identifier. */
export interface ResourceRef {
  arn: string;
  id: string;
  name?: string;
  /** Region of the resource, or the scan's home region for account-wide/global resources. */
  region: string;
  tags?: Record<string, string>;
  /** Free-form details shown next to the resource in detailed outputs. */
  details?: Record<string, string | number | boolean>;
}

export interface Remediation {
  /** What to do, in prose. */
  text: string;
  /** A documentation link. */
  url?: string;
  cli?: string;
  terraform?: string;
  nativeIaC?: string;
  other?: string;
}

export interface ComplianceRef {
  framework: string;
  requirements: string[];
}

/** One verdict about one resource, produced by one check. */
export interface Finding {
  /** Stable across scans: hash of check id, account, region, resource arn and parameter variant. */
  uid: string;
  checkId: string;
  status: Status;
  /** One sentence naming the resource and the reason (Prowler's status_extended). */
  statusExtended: string;
  accountId: string;
  region: string;
  resource: ResourceRef;
  muted: boolean;
  /** Which mutelist entry muted the finding, when muted. */
  mutedBy?: string;
  /** For ERROR: the call that failed. */
  error?: CallError;
  /** Framework requirements this finding counts towards (given the parameters it was evaluated with). */
  compliance: ComplianceRef[];
  /** Parameters this finding was evaluated with, when the check has any. */
  params?: Record<string, unknown>;
  timestamp: string;
}

export interface AccountInfo {
  accountId: string;
  partition: string;
  /** ARN of the identity that scanned. */
  identityArn: string;
  alias?: string;
  organizationId?: string;
}
