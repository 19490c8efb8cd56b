/**
 * The client layer: every AWS call prowl makes goes through a client built here.
 *
 * - Read-only guard: an operation whose name is not a read is refused before it is signed, whatever
 *   code asked for it. Writes needed by outputs (Security Hub import, S3 upload) use a separate,
 *   explicitly allow-listed client, never the scanning one.
 * - Scheduling: one queue per (region, service) caps concurrency and rate; operations with a lower
 *   documented limit get their own cap on top.
 * - Timeouts on connect and request, adaptive retries on throttling.
 * - Every HTTP request is counted (per operation) so benchmarks can report calls and duplicates.
 */
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import PQueue from 'p-queue';
import { SERVICES, type ServiceClients, type ServiceName } from './services.js';
import { retryStrategy } from './retry.js';

/** Operation names that only read: a read verb followed by what is read (GetBucketPolicy, not Getaway). */
const READ_OPERATION = /^(Describe|Get|List|Lookup|Search|Head|BatchGet)[A-Z]/;
/** Reads whose names do not say so. GenerateCredentialReport only asks IAM to build the report. */
const READ_EXCEPTIONS = new Set(['GenerateCredentialReport']);

export class WriteRefusedError extends Error {
  constructor(readonly operation: string) {
    super(`prowl refused to call ${operation}: the scanning client only makes read-only calls`);
    this.name = 'WriteRefusedError';
  }
}

/** --timeout's default: one call, retries included, gets two minutes (not 6 attempts x 60 s). */
export const DEFAULT_CALL_TIMEOUT_MS = 120_000;
/** --scan-timeout's default: four hours for one account. */
export const DEFAULT_SCAN_TIMEOUT_MS = 4 * 3600_000;

/** A call that took longer than --timeout, retries included. */
export class CallTimedOut extends Error {
  readonly code = 'TimedOut';
  constructor(
    readonly operation: string,
    readonly limitMs: number,
  ) {
    super(`no answer within ${Math.round(limitMs / 1000)} s (--timeout), retries included`);
    this.name = 'CallTimedOut';
  }
}

/** A call not made (or cut short) because the scan reached --scan-timeout. */
export class ScanTimedOut extends Error {
  readonly code = 'TimedOut';
  constructor(readonly operation: string) {
    super('the scan reached its time limit (--scan-timeout) before this call could finish');
    this.name = 'ScanTimedOut';
  }
}

export function isReadOperation(operation: string): boolean {
  return READ_EXCEPTIONS.has(operation) || READ_OPERATION.test(operation);
}

export interface CallStats {
  total: number;
  byOperation: Map<string, number>;
  /** Successful requests per (region, operation, path, query, body), to find anything asked for twice. */
  byRequest: Map<string, number>;
}

/** How the scan's calls went, to tell a scan that worked from one whose credentials expired or could not reach AWS. */
export interface CallHealth {
  /** Calls made (SDK commands, retries not counted). */
  calls: number;
  ok: number;
  denied: number;
  /** Calls refused because the credentials had expired, and how many calls had been made when the first was. */
  expired: number;
  expiredAfter?: number;
  /** Calls that could not reach AWS (connection refused or reset, DNS, timeouts). */
  unreachable: number;
  /** Calls not made, or cut short, because the scan reached --scan-timeout. */
  scanTimedOut?: number;
}

/** Codes AWS answers when the credentials themselves have expired (not a missing permission). */
const EXPIRED = new Set(['ExpiredToken', 'ExpiredTokenException', 'RequestExpired', 'TokenRefreshRequired']);

export interface ClientPoolOptions {
  credentials?: AwsCredentialIdentityProvider;
  /** Max attempts per call, including the first (throttling, 5xx, network). */
  maxAttempts?: number;
  connectTimeoutMs?: number;
  /** Longest wait for one HTTP attempt (default 60 s, and never more than callTimeoutMs). */
  requestTimeoutMs?: number;
  /** Longest one call may take, all its retries included (--timeout); then it fails as timed out. */
  callTimeoutMs?: number;
  /** Epoch ms after which no new call starts (--scan-timeout): calls fail as timed out, so the scan ends. */
  deadline?: number;
  /** Stops the scan at once (a cancelled service scan): calls in flight and new ones fail with the signal's reason. */
  signal?: AbortSignal;
  /** Record each request's signature for duplicate detection (benchmarks). */
  trackRequests?: boolean;
  /** Extra operations this pool may call (only for output clients, never for scanning). */
  allowOperations?: string[];
  /** Override the SDK client config (tests). */
  extraConfig?: Record<string, unknown>;
}

/** The endpoint AWS_ENDPOINT_URL_<SERVICE> or AWS_ENDPOINT_URL sets for a service (emulator, proxy), as the SDK reads them. */
const ENV_SUFFIX: Partial<Record<ServiceName, string>> = { s3: 'S3', s3control: 'S3_CONTROL' };
const configuredEndpoint = (service: ServiceName): string | undefined =>
  (ENV_SUFFIX[service] && process.env[`AWS_ENDPOINT_URL_${ENV_SUFFIX[service]}`]) || process.env.AWS_ENDPOINT_URL || undefined;

class CountingHandler extends NodeHttpHandler {
  constructor(
    private readonly stats: CallStats,
    private readonly track: boolean,
    options: ConstructorParameters<typeof NodeHttpHandler>[0],
  ) {
    super(options);
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override async handle(request: any, options?: any) {
    this.stats.total++;
    const text = typeof request.body === 'string' ? request.body : '';
    const target: string = request.headers?.['x-amz-target'] ?? extractAction(text) ?? `${request.method} ${request.path}`;
    this.stats.byOperation.set(target, (this.stats.byOperation.get(target) ?? 0) + 1);
    const response = await super.handle(request, options);
    // A request is "repeated" when the same request succeeded before (retries of failed calls do not count).
    if (this.track && response.response.statusCode < 300) {
      const region = /Credential=[^/]+\/[^/]+\/([^/]+)\//.exec(String(request.headers?.authorization ?? ''))?.[1] ?? '';
      const body = text || (request.body instanceof Uint8Array ? new TextDecoder().decode(new Uint8Array(request.body)) : '');
      const key = `${request.hostname}|${region}|${target}|${request.path}|${JSON.stringify(request.query ?? {})}|${body}`;
      this.stats.byRequest.set(key, (this.stats.byRequest.get(key) ?? 0) + 1);
    }
    return response;
  }
}

function extractAction(body: unknown): string | undefined {
  if (typeof body !== 'string') return undefined;
  const m = /(?:^|&)Action=([A-Za-z]+)/.exec(body);
  return m?.[1];
}

/** Sockets per host (see ClientPool's handler). */
const MAX_SOCKETS_PER_HOST = 256;

export class ClientPool {
  readonly stats: CallStats = { total: 0, byOperation: new Map(), byRequest: new Map() };
  readonly health: CallHealth = { calls: 0, ok: 0, denied: 0, expired: 0, unreachable: 0 };
  private readonly clients = new Map<string, Promise<unknown>>();
  private readonly queues = new Map<string, PQueue>();
  private readonly handler: CountingHandler;

  constructor(private readonly options: ClientPoolOptions = {}) {
    this.handler = new CountingHandler(this.stats, options.trackRequests ?? false, {
      connectionTimeout: options.connectTimeoutMs ?? 5_000,
      requestTimeout: Math.min(options.requestTimeoutMs ?? 60_000, options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS),
      // Without this the handler only logs a warning when requestTimeout passes and the call hangs.
      throwOnRequestTimeout: true,
      // The per-(region, service) queues bound how many calls are in flight; the agents' per-host limit only
      // binds when every service shares one host (a custom endpoint: an emulator, a proxy), where 64 sockets
      // made the whole scan wait on each other. AWS gives each service and region its own host.
      httpsAgent: { keepAlive: true, maxSockets: MAX_SOCKETS_PER_HOST },
      httpAgent: { keepAlive: true, maxSockets: MAX_SOCKETS_PER_HOST },
    });
  }

  /** The queue for a (region, service) or (region, service, operation). */
  private queue(region: string, service: ServiceName, operation?: string): PQueue {
    const spec = SERVICES[service];
    const opRate = operation ? spec.operationRates?.[operation] : undefined;
    const key = opRate ? `${region}/${service}/${operation}` : `${region}/${service}`;
    let q = this.queues.get(key);
    if (!q) {
      const rate = opRate ?? spec.rate;
      q = new PQueue({
        concurrency: opRate ? Math.min(spec.concurrency, opRate.intervalCap) : spec.concurrency,
        ...(rate ? { intervalCap: rate.intervalCap, interval: rate.interval } : {}),
      });
      this.queues.set(key, q);
    }
    return q;
  }

  client<S extends ServiceName>(service: S, region: string): Promise<ServiceClients[S]> {
    const key = `${service}/${region}`;
    let c = this.clients.get(key);
    if (!c) {
      c = this.build(service, region);
      this.clients.set(key, c);
    }
    return c as Promise<ServiceClients[S]>;
  }

  private async build(service: ServiceName, region: string): Promise<unknown> {
    const Ctor = await SERVICES[service].load();
    const endpoint = (this.options.extraConfig?.endpoint as string | undefined) ?? configuredEndpoint(service);
    const custom = endpoint !== undefined;
    // S3 Control's endpoint rules prepend the account id to the host, which breaks a custom endpoint
    // (emulator, proxy): send its calls to the configured URL as is.
    const s3controlEndpoint = service === 's3control' ? endpoint : undefined;
    const client = new Ctor({
      region,
      credentials: this.options.credentials,
      retryStrategy: retryStrategy(this.options.maxAttempts ?? 6),
      requestHandler: this.handler,
      ...(custom && service === 's3' ? { forcePathStyle: true } : {}),
      ...(this.options.extraConfig ?? {}),
      ...(s3controlEndpoint ? { disableHostPrefix: true, endpointProvider: () => ({ url: new URL(s3controlEndpoint) }) } : {}),
    });
    const allowed = new Set(this.options.allowOperations ?? []);
    // Guard first: nothing that is not a read leaves this client.
    client.middlewareStack.add(
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      (next: any, context: any) => async (args: any) => {
        const op: string = String(context.commandName ?? '').replace(/Command$/, '');
        if (!isReadOperation(op) && !allowed.has(op)) throw new WriteRefusedError(`${service}:${op}`);
        const health = this.health;
        health.calls++;
        try {
          const result = await this.queue(region, service, op).add(() => this.timed(`${service}:${op}`, () => next(args)));
          health.ok++;
          return result;
        } catch (err) {
          const { toCallError } = await import('./errors.js');
          const e = toCallError(`${service}:${op}`, err);
          if (err instanceof ScanTimedOut) health.scanTimedOut = (health.scanTimedOut ?? 0) + 1;
          else if (EXPIRED.has(e.code) || /security token included in the request is expired/i.test(e.message)) {
            health.expired++;
            health.expiredAfter ??= health.calls - 1;
          } else if (e.kind === 'AccessDenied') health.denied++;
          else if (e.kind === 'Unreachable' || e.kind === 'Timeout') health.unreachable++;
          throw err;
        }
      },
      { step: 'initialize', priority: 'high', name: 'prowlReadOnlyAndSchedule' },
    );
    return client;
  }

  /** Run one call within --timeout, and refuse to start it after --scan-timeout's deadline. */
  private async timed<T>(operation: string, call: () => Promise<T>): Promise<T> {
    const { deadline, signal } = this.options;
    signal?.throwIfAborted();
    const callTimeoutMs = this.options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
    if (deadline !== undefined && Date.now() >= deadline) throw new ScanTimedOut(operation);
    const limit = Math.min(callTimeoutMs ?? Infinity, deadline !== undefined ? Math.max(1, deadline - Date.now()) : Infinity);
    if (!Number.isFinite(limit) && !signal) return call();
    let timer: NodeJS.Timeout | undefined;
    let onAbort: (() => void) | undefined;
    const expired = new Promise<never>((_, reject) => {
      if (Number.isFinite(limit)) {
        timer = setTimeout(() => {
          reject(deadline !== undefined && Date.now() >= deadline ? new ScanTimedOut(operation) : new CallTimedOut(operation, callTimeoutMs));
        }, limit);
        timer.unref?.();
      }
      if (signal) {
        onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
      }
    });
    try {
      return await Promise.race([call(), expired]);
    } finally {
      clearTimeout(timer);
      if (onAbort) signal?.removeEventListener('abort', onAbort);
    }
  }

  destroy(): void {
    for (const c of this.clients.values()) {
      void c.then((client) => (client as { destroy?: () => void }).destroy?.()).catch(() => undefined);
    }
    this.handler.destroy();
  }
}
