/**
 * Output writers: each format receives findings one at a time as they are evaluated and writes them
 * straight to disk, so memory does not grow with the number of findings.
 */
import type { Check } from '../core/check.js';
import type { AccountInfo, Finding } from '../core/types.js';
import type { Framework } from '../compliance/index.js';
import type { ComplianceTracker } from '../compliance/verdict.js';

export interface OutputContext {
  account: AccountInfo;
  /** prowl's version, written where Prowler writes its own. */
  prowlVersion: string;
  /**
   * Frameworks selected for the scan. Informational: the CSV COMPLIANCE column and OCSF unmapped.compliance list
   * every framework requirement a finding counts towards (as Prowler does), labelled "CIS-1.4" and so on.
   */
  frameworks?: Framework[];
  /** How the scan authenticated, e.g. "profile: audit" (CSV AUTH_METHOD). Defaults to the identity ARN. */
  authMethod?: string;
  /** Optional account context for the CSV ACCOUNT_* and OCSF cloud.account/org fields. */
  accountName?: string;
  accountEmail?: string;
  organizationName?: string;
  accountTags?: Record<string, string>;
  /** When the scan started and finished (ISO strings), how long it took, and the regions it covered. */
  scanStartedAt?: string;
  scanFinishedAt?: string;
  durationMs?: number;
  regions?: string[];
  /**
   * The scan's requirement verdicts (fed every finding, before any --status filter): the compliance CSV and
   * the HTML report read it at close so they count as the console does. Writers without it tally their own.
   */
  compliance?: ComplianceTracker;
  /** Every check id prowl has (an unselected one is NOT RUN, a missing one NOT IMPLEMENTED). */
  implementedChecks?: Iterable<string>;
  /** A check's title, for requirement titles made of check titles. */
  checkTitle?: (id: string) => string | undefined;
  /** --unix-timestamp: write timestamps as seconds since the epoch instead of ISO 8601 (CSV TIMESTAMP). */
  unixTimestamp?: boolean;
  /**
   * A multi-account run (Organization, --accounts): each account's own details by account id (names and
   * emails from Organizations). Findings of an account listed here carry its details instead of `account`'s.
   */
  accounts?: ReadonlyMap<string, AccountDetails>;
}

/** One account of a multi-account run, as the reports show it. */
export interface AccountDetails {
  name?: string;
  email?: string;
  organizationId?: string;
  organizationName?: string;
  /** The identity that scanned the account (the assumed role). */
  identityArn?: string;
  partition?: string;
  tags?: Record<string, string>;
}

export interface OutputWriter {
  /** The file being written. */
  readonly path: string;
  write(finding: Finding, check: Check): Promise<void> | void;
  /** Flush and close the file; the file is complete (and valid) once this resolves. */
  close(): Promise<void>;
  /**
   * Give up on the file (the scan was interrupted): nothing half-written may remain looking complete.
   * Without it the caller removes `path`.
   */
  discard?(): Promise<void>;
}
