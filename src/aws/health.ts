/**
 * Whether a scan's results can be trusted as a whole. Each failed call is already an ERROR finding for
 * what it could not see; this looks at all calls together, because some failures say the scan itself did
 * not work: the credentials expired part-way, every call was denied, or most calls never reached AWS. Such a
 * scan ends with the exit code the README promises (4 credentials, 5 unreachable or incomplete), and its
 * reports say it is incomplete instead of showing a score made of what little was read.
 */
import type { CallHealth } from './client.js';

export interface ScanVerdict {
  /** Why the scan is incomplete, in words a person can act on; undefined for a scan that worked. */
  problem?: string;
  /** The exit code the problem calls for (EXIT.credentials 4, EXIT.runtime 5). */
  exitCode?: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function judgeCalls(health: CallHealth | undefined): ScanVerdict {
  if (!health || health.calls === 0) return {};
  const { calls, ok, denied, expired, expiredAfter, unreachable, scanTimedOut } = health;
  if (scanTimedOut) {
    return {
      problem: `the scan timed out (--scan-timeout): ${plural(scanTimedOut, 'call')} of ${calls} were not made or not finished, and the checks that needed them report ERROR "timed out"`,
      exitCode: 5,
    };
  }
  if (expired > 0) {
    return {
      problem: `credentials expired after ${plural(expiredAfter ?? 0, 'call')}: ${plural(expired, 'later call')} of ${calls} were refused, so the results are partial; use credentials that last the whole scan (-T, or a longer session) and scan again`,
      exitCode: 4,
    };
  }
  if (ok === 0 && denied > 0 && denied >= calls * 0.9) {
    return {
      problem: `everything was denied (${plural(denied, 'call')}): the identity may not read this account; give it the SecurityAudit and ViewOnlyAccess policies and scan again`,
      exitCode: 4,
    };
  }
  if (unreachable > 0 && unreachable * 2 > calls) {
    return {
      problem: `the scan is incomplete: ${unreachable} of ${plural(calls, 'call')} could not reach AWS (connection refused, reset or timed out); check the network or the endpoint and scan again`,
      exitCode: 5,
    };
  }
  return {};
}

/** Added to the report file names of an incomplete scan, so no partial report passes for a complete one. */
export const INCOMPLETE_SUFFIX = '-INCOMPLETE';
