/**
 * Exit codes (documented in the README) and the error type for mistakes a user can fix.
 * A UserError is printed as one line, without a stack trace.
 */
export const EXIT = {
  /** Scan finished; no unmuted FAIL (or -z given). */
  ok: 0,
  /** Unexpected internal error (a bug): printed with its stack. */
  internal: 1,
  /** Bad usage: unknown flag, check, group, framework, malformed mutelist or config. */
  usage: 2,
  /** Scan finished and unmuted FAIL findings exist. */
  fail: 3,
  /** Credentials missing, expired or rejected; role could not be assumed. */
  credentials: 4,
  /** AWS endpoint unreachable or the scan could not start. */
  runtime: 5,
} as const;

export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
