/**
 * Facts are what collectors gather: one typed piece of inventory per account and region (or once per
 * account for global services). Collectors are the only code that talks to AWS; checks read facts.
 */
import type { AccountInfo, CallError, Result } from './types.js';
import type { ServiceClients, ServiceName } from '../aws/services.js';

export type FactScope = 'global' | 'regional';

export interface CollectContext {
  /** The region being collected; for a global fact, the scan's home region. */
  region: string;
  /** Every region this scan covers (a global fact may skip resources that live elsewhere). */
  regions: readonly string[];
  account: AccountInfo;
  /**
   * A read-only, rate-limited SDK client for this region, or for another region when a global fact
   * fans out to regional resources (S3 buckets live in their own regions). Loaded on first use.
   */
  client<S extends ServiceName>(service: S, region?: string): Promise<ServiceClients[S]>;
  /**
   * Another fact of the same region (or the global one); a global fact may name a scanned region to read a
   * regional fact there. Collected once, shared by every dependant.
   */
  dep<T>(fact: Fact<T>, region?: string): Promise<Result<T>>;
  /** Whether a check selected for this scan uses `fact` (to fetch extra items only for the checks that want them). */
  planned(fact: Fact<unknown>): boolean;
  /** Another fact's data; if it failed, this fact fails with the very same error. */
  need<T>(fact: Fact<T>): Promise<T>;
  /** Run one call for one item and keep its error as data, so a fan-out records per-item failures. */
  attempt<T>(operation: string, fn: () => Promise<T>): Promise<Result<T>>;
  /** Convert any thrown SDK error into a CallError (for collectors that build their own Results). */
  toError(operation: string, err: unknown): CallError;
  /** Page size to ask for on paginated calls. */
  pageSize: number;
  /** What this fact's start() returned, when it has one and the scan ran it (a live scan does, before choosing regions). */
  started?: Promise<unknown>;
  /**
   * A Prowler config key that a selected check declares as a parameter, as in force for this scan (the
   * config file's value, else the check's default); undefined when no selected check declares it. Lets a
   * collector honour a setting that changes what it fetches (a download cap, an API key for an outside
   * service). Values read here never go into the inventory.
   */
  setting(name: string): ParamValue | undefined;
}

/** What a fact's start() may use: a client in the scan's home region. */
export interface StartContext {
  client<S extends ServiceName>(service: S): Promise<ServiceClients[S]>;
}

/** A check parameter's value (see Params in check.ts). */
export type ParamValue = number | string | boolean | string[];

export interface Fact<T> {
  /** "<service>.<name>", unique. */
  readonly id: string;
  readonly service: ServiceName;
  readonly scope: FactScope;
  /** The main operation (for messages), e.g. "iam:GetCredentialReport". */
  readonly operation: string;
  collect(ctx: CollectContext): Promise<T>;
  /**
   * Slow work AWS does on request that can begin as soon as the account is known, before the scan chooses its
   * regions or loads anything else (asking IAM to build the credential report). Must not reject: return a
   * failure as a value. collect() finds the promise as ctx.started.
   */
  start?(ctx: StartContext): Promise<unknown>;
  /** Phantom marker so Fact<A> and Fact<B> are not interchangeable. */
  readonly __type?: T;
}

export function defineFact<T>(fact: Omit<Fact<T>, '__type'>): Fact<T> {
  if (!/^[a-z0-9]+\.[A-Za-z0-9]+$/.test(fact.id)) throw new Error(`bad fact id ${fact.id}`);
  return fact as Fact<T>;
}

/** Key under which global facts are stored in the inventory. */
export const GLOBAL = 'global';
