import type { CallError, CallErrorKind } from '../core/types.js';
import { CallTimedOut, ScanTimedOut, WriteRefusedError } from './client.js';

const DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedException',
  'AuthorizationError',
  'AuthorizationErrorException',
  'Forbidden',
  'ForbiddenException',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'ExpiredToken',
  'ExpiredTokenException',
  'AuthFailure',
]);
const OPT_IN = new Set(['OptInRequired', 'SubscriptionRequiredException', 'InvalidRegion']);
// Security Hub answers InvalidAccessException when the account is not subscribed.
const NOT_SUBSCRIBED = new Set(['InvalidAccessException', 'NotSubscribedException']);
const THROTTLED = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ProvisionedThroughputExceededException',
  'LimitExceededException',
]);
const TIMEOUT = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH']);
const UNSUPPORTED = new Set(['NotImplemented', 'InvalidAction', 'UnknownOperationException', 'NotImplementedException']);

/** JavaScript's own error names: never an AWS error code, never shown as one. */
const JS_ERRORS = new Set(['Error', 'SyntaxError', 'TypeError', 'RangeError', 'ReferenceError', 'EvalError', 'URIError', 'AggregateError']);
/** What the SDK names an error response it could not read an AWS code from. */
const NO_CODE = new Set(['Unknown', 'UnknownError']);
/** Host names of AWS endpoints: a name there that does not resolve means no endpoint in that region. */
const AWS_HOST = /\.(amazonaws\.com|amazonaws\.com\.cn|api\.aws|c2s\.ic\.gov|sc2s\.sgov\.gov)$/i;

/** The AWS error code of an SDK error (query protocols put it in Code, JSON ones in name). */
export function awsErrorCode(err: unknown): string {
  const e = (err ?? {}) as { name?: string; code?: string; Code?: string };
  // Node network errors are plain Errors: their code (ECONNREFUSED, ...) says what happened.
  const name = e.name === 'Error' && e.code ? undefined : e.name;
  return String(e.Code ?? name ?? e.code ?? 'UnknownError');
}

/**
 * Regional "not available here": the service is not offered in the region (no endpoint) or not enabled
 * for the account there. Not a finding about the account, unlike a denial: listings treat it as "nothing here".
 */
export function notAvailableHere(error: CallError): boolean {
  return error.kind === 'Unavailable' || error.kind === 'OptInRequired';
}

/**
 * Thrown by a collector whose fact names one operation (iam:GetCredentialReport) when another call of it
 * failed (iam:GenerateCredentialReport): the ERROR then names the call that really failed.
 */
export class OperationFailed extends Error {
  constructor(
    readonly operation: string,
    readonly original: unknown,
  ) {
    super(`${operation} failed`);
    this.name = 'OperationFailed';
  }
}

/** Turn whatever an SDK call threw into data: what kind of failure, the AWS code, the operation. */
export function toCallError(operation: string, err: unknown): CallError {
  const e = (err ?? {}) as { name?: string; code?: string; Code?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  if (err instanceof OperationFailed) return toCallError(err.operation, err.original);
  if (err instanceof CallTimedOut || err instanceof ScanTimedOut) {
    return { kind: 'Timeout', code: 'TimedOut', operation, message: err.message };
  }
  if (err instanceof WriteRefusedError) {
    return { kind: 'Failed', code: 'WriteRefused', operation, message: err.message };
  }
  let code = awsErrorCode(err);
  const sysCode = String(e.code ?? '');
  const status = e.$metadata?.httpStatusCode;
  const withStatus = (c: CallError): CallError => (status ? { ...c, httpStatus: status } : c);
  const rawMessage = String(e.message ?? '');
  // The endpoint answered, but not with an AWS error: a proxy, a captive portal, a wrong endpoint URL.
  if (status && !e.Code && (JS_ERRORS.has(code) || NO_CODE.has(code) || NO_CODE.has(rawMessage) || /Deserialization error/.test(rawMessage))) {
    const what = status === 403 ? 'AccessDenied' : undefined;
    if (what) return withStatus({ kind: 'AccessDenied', code: 'AccessDenied', operation, message: `the endpoint answered HTTP 403 with a non-AWS body` });
    return withStatus({
      kind: status === 429 ? 'Throttled' : 'Failed',
      code: 'NonAwsResponse',
      operation,
      message: `the endpoint answered HTTP ${status} with a non-AWS body`,
    });
  }
  if (sysCode === 'ENOTFOUND' && AWS_HOST.test(String((err as { hostname?: string }).hostname ?? ''))) {
    const host = String((err as { hostname?: string }).hostname);
    return { kind: 'Unavailable', code: 'ENOTFOUND', operation, message: `${host} does not exist: the service has no endpoint in this region` };
  }
  if (JS_ERRORS.has(code) && !UNREACHABLE.has(sysCode) && !TIMEOUT.has(code)) {
    // A JavaScript exception, not an answer from AWS: say what went wrong, never just "TypeError".
    code = 'ClientError';
    return { kind: 'Failed', code, operation, message: `prowl could not complete the call: ${oneLine(rawMessage || 'unknown error')}` };
  }
  let kind: CallErrorKind = 'Failed';
  if (DENIED.has(code) || status === 403) kind = 'AccessDenied';
  else if (OPT_IN.has(code)) kind = 'OptInRequired';
  else if (NOT_SUBSCRIBED.has(code)) kind = 'NotSubscribed';
  else if (THROTTLED.has(code) || status === 429) kind = 'Throttled';
  else if (TIMEOUT.has(code) || /timed? ?out/i.test(e.message ?? '')) kind = 'Timeout';
  else if (UNREACHABLE.has(sysCode) || UNREACHABLE.has(code)) kind = 'Unreachable';
  else if (UNSUPPORTED.has(code) || status === 501) kind = 'Unsupported';
  const message = oneLine(e.message ?? code);
  return withStatus({ kind, code, operation, message });
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim().slice(0, 300);

/** Human text for a call error, used in ERROR findings' messages (defined with the CallError type). */
export { describeCallError } from '../core/types.js';
