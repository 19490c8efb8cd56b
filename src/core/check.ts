/**
 * A check: metadata plus a pure function from inventory to findings. Checks never import the AWS SDK;
 * they read facts through the context and report verdicts through it.
 */
import { z } from 'zod';
import type { Fact } from './fact.js';
import type { AccountInfo, CallError, Remediation, ResourceRef, Result, Severity } from './types.js';
import { SEVERITIES } from './types.js';

export type Params = Record<string, number | string | boolean | string[]>;

/** A parameter that holds a credential (shodan_api_key): findings and reports show whether it is set, never its value. */
export const isSecretParam = (name: string): boolean => /(^|_)(api_key|token|password|secret)$/.test(name);

/** The parameters as findings carry them: credential parameters reduced to "set" / "not set". */
export const shownParams = (p: Params): Params =>
  Object.fromEntries(Object.entries(p).map(([k, v]) => [k, isSecretParam(k) ? (v === '' ? 'not set' : 'set') : v]));

export interface CheckMetadata<P extends Params = Params> {
  /** Prowler 5 id where the check is the same: <service>_<resource>_<best_practice>. */
  id: string;
  title: string;
  /** Service folder the check lives in (Prowler's service name). */
  service: string;
  severity: Severity;
  /** ASFF resource type, e.g. AwsIamUser, AwsS3Bucket, AwsAccount, Other. */
  resourceType: string;
  categories: string[];
  description: string;
  risk: string;
  remediation: Remediation;
  /** Facts the check reads: the engine collects exactly these (and nothing for unselected checks). */
  uses: Fact<unknown>[];
  /** Tunable parameters with their defaults; the config file and frameworks may override them. */
  params?: P;
}

export interface EvalContext<P extends Params = Params> {
  account: AccountInfo;
  /** Region where account-wide (global) findings are reported. */
  homeRegion: string;
  /** Regions scanned. */
  regions: string[];
  /** The parameters in force for this evaluation (defaults, config file, framework). */
  params: P;
  /** When the scan started: checks measure ages against this, so re-evaluating an inventory is repeatable. */
  now: Date;
  /** A global fact. */
  global<T>(fact: Fact<T>): Result<T>;
  /** A regional fact, one entry per scanned region. */
  regional<T>(fact: Fact<T>): Array<{ region: string; result: Result<T> }>;
  /** The account itself as a resource (for account-wide findings). */
  accountResource(region?: string): ResourceRef;
  pass(resource: ResourceRef, message: string): void;
  fail(resource: ResourceRef, message: string): void;
  manual(resource: ResourceRef, message: string): void;
  /** Could not evaluate: names the call that was denied or failed. */
  error(resource: ResourceRef, error: CallError, message?: string): void;
}

export interface Check<P extends Params = Params> extends CheckMetadata<P> {
  run(ctx: EvalContext<P>): void;
  /** Where the check came from: built in, or the path of a custom check file. */
  origin?: string;
}

export function defineCheck<P extends Params = Params>(check: Check<P>): Check<P> {
  return check;
}

/** The metadata schema, used by the catalogue meta-test and when loading custom checks. */
export const checkMetadataSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(_[a-z0-9]+)+$/, 'snake_case <service>_<what>'),
  title: z.string().min(10).max(200),
  service: z.string().regex(/^[a-z0-9]+$/),
  severity: z.enum(SEVERITIES),
  resourceType: z.string().regex(/^[A-Za-z0-9]+$/),
  categories: z.array(z.string().regex(/^[a-z0-9-]+$/)),
  description: z.string().min(20),
  risk: z.string().min(20),
  remediation: z.object({
    text: z.string().min(10),
    url: z.string().url().optional(),
    cli: z.string().optional(),
    terraform: z.string().optional(),
    nativeIaC: z.string().optional(),
    other: z.string().optional(),
  }),
  uses: z.array(z.object({ id: z.string(), scope: z.enum(['global', 'regional']) }).passthrough()),
  params: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.array(z.string())])).optional(),
  run: z.function(),
});
