import type { CallError, CallErrorKind } from '../core/types.js';
import { WriteRefusedError } from './client.js';

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

/** The AWS error code of an SDK error (query protocols put it in Code, JSON ones in name). */
export function awsErrorCode(err: unknown): string {
  const e = (err ?? {}) as { name?: string; code?: string; Code?: string };
  // Node network errors are plain Errors: their code (ECONNREFUSED, ...) says what happened.
  const name = e.name === 'Error' && e.code ? undefined : e.name;
  return String(e.Code ?? name ?? e.code ?? 'UnknownError');
}

/** Turn whatever an SDK call threw into data: what kind of failure, the AWS code, the operation. */
export function toCallError(operation: string, err: unknown): CallError {
  const e = (err ?? {}) as { name?: string; code?: string; Code?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  if (err instanceof WriteRefusedError) {
    return { kind: 'Failed', code: 'WriteRefused', operation, message: err.message };
  }
  const code = awsErrorCode(err);
  const sysCode = String(e.code ?? '');
  const status = e.$metadata?.httpStatusCode;
  let kind: CallErrorKind = 'Failed';
  if (DENIED.has(code) || status === 403) kind = 'AccessDenied';
  else if (OPT_IN.has(code)) kind = 'OptInRequired';
  else if (NOT_SUBSCRIBED.has(code)) kind = 'NotSubscribed';
  else if (THROTTLED.has(code) || status === 429) kind = 'Throttled';
  else if (TIMEOUT.has(code) || /timed? ?out/i.test(e.message ?? '')) kind = 'Timeout';
  else if (UNREACHABLE.has(sysCode) || UNREACHABLE.has(code)) kind = 'Unreachable';
  else if (UNSUPPORTED.has(code) || status === 501) kind = 'Unsupported';
  const message = oneLine(e.message ?? code);
  return { kind, code, operation, message };
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim().slice(0, 300);

/** Human text for a call error, used in ERROR findings' messages (defined with the CallError type). */
export { describeCallError } from '../core/types.js';
