/**
 * How prowl's clients retry: the SDK's adaptive strategy (backoff with jitter, a client-side rate that
 * slows down on throttling), except for answers that no retry can change.
 *
 * A 5xx from AWS carries an AWS request id (x-amzn-RequestId, x-amz-request-id) and an AWS error body, and is
 * worth retrying. A 500 or 501 that is an HTML page without any request id comes from whatever sits at the
 * endpoint URL (an emulator without that API, a misconfigured proxy): the same request gets the same page,
 * and six attempts with backoff only hold up the scan, a rate-limited API for longest. Gateway answers
 * (502, 503, 504) stay retried whatever their body: a proxy in the way may recover.
 */
import { AdaptiveRetryStrategy } from '@smithy/core/retry';
import type { RetryErrorInfo, RetryStrategyV2, StandardRetryToken } from '@smithy/types';

interface HttpishError {
  $metadata?: { httpStatusCode?: number; requestId?: string };
  $response?: { statusCode?: number; headers?: Record<string, string | undefined> };
}

/** An HTML 500/501 without an AWS request id: not an AWS service's error, and not transient. */
export function isEndpointPage(error: unknown): boolean {
  const e = (error ?? {}) as HttpishError;
  // Older SDK cores leave $metadata without the status when the body could not be parsed.
  const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
  if (status !== 500 && status !== 501) return false;
  if (e.$metadata?.requestId) return false;
  const headers = e.$response?.headers ?? {};
  if (headers['x-amzn-requestid'] || headers['x-amz-request-id']) return false;
  return /^text\/html\b/i.test(headers['content-type'] ?? '');
}

export function retryStrategy(maxAttempts: number): RetryStrategyV2 & { mode: string } {
  const inner = new AdaptiveRetryStrategy(maxAttempts);
  return {
    mode: 'adaptive',
    // Clients built on an older SDK core (acm-pca, drs: the registry has no newer ones) pass no scope.
    acquireInitialRetryToken: (scope: string | undefined) => inner.acquireInitialRetryToken(scope ?? ''),
    refreshRetryTokenForRetry: async (token: StandardRetryToken, info: RetryErrorInfo) => {
      // Throwing ends the retries: the SDK then throws the call's own error.
      if (isEndpointPage(info.error)) throw info.error;
      return inner.refreshRetryTokenForRetry(token, info);
    },
    recordSuccess: (token: StandardRetryToken) => inner.recordSuccess(token),
  };
}
