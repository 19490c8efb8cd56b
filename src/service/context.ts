/**
 * What every part of the service shares: the store, the job queue, the server key and the operator's
 * settings. `prowl serve` and `prowl worker` build one each; tests build one per schema.
 */
import { join } from 'node:path';
import { PgBoss } from 'pg-boss';
import { openDb, type Db } from './db.js';
import { Sealer } from './keys.js';
import type { SmtpSettings } from './notify.js';

export const SCAN_QUEUE = 'prowl-scan';
export const SCHEDULE_QUEUE = 'prowl-schedule';

export interface ServiceSettings {
  /** postgres://... ; absent: embedded PGlite in dataDir. */
  databaseUrl?: string;
  /** Artifacts, the embedded store and the server key live here. */
  dataDir: string;
  /** Schema of the service's tables (pg-boss uses `<schema>_jobs`). */
  schema?: string;
  /** Scans one worker process runs at once. */
  workerConcurrency?: number;
  /** Scans all workers together run at once. */
  globalConcurrency?: number;
  /** Seconds without a heartbeat after which a running scan's job is given to another worker (>= 10). */
  heartbeatSeconds?: number;
  /** Upload artifacts to s3://bucket/prefix/<tenant>/<account>/<scan>/ with these (the service's) credentials. */
  artifactBucket?: { url: string; expectedOwner?: string };
  smtp?: SmtpSettings;
  allowPrivateWebhooks?: boolean;
  /** The service's own identity ARN, for role templates (default: sts:GetCallerIdentity of its credentials). */
  principalArn?: string;
  /** Base URL of the service, for links in notifications. */
  publicUrl?: string;
  /** Requests per minute per API key. */
  rateLimitPerMinute?: number;
  /** Hours a session in a customer's role lasts. */
  sessionSeconds?: number;
}

export interface ServiceContext {
  db: Db;
  boss: PgBoss;
  sealer: Sealer;
  settings: ServiceSettings;
  close(): Promise<void>;
}

export async function openContext(settings: ServiceSettings, opts: { startBoss?: boolean } = {}): Promise<ServiceContext> {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(settings.dataDir, { recursive: true, mode: 0o700 });
  const db = await openDb({ url: settings.databaseUrl, dataDir: settings.dataDir, schema: settings.schema });
  const sealer = await Sealer.fromFile(join(settings.dataDir, 'server.key'));
  const boss = new PgBoss({ ...db.boss(), schema: `${db.schema}_jobs`, supervise: true, superviseIntervalSeconds: 5 } as ConstructorParameters<typeof PgBoss>[0]);
  boss.on('error', (e: Error) => process.stderr.write(`queue: ${e.message}\n`));
  if (opts.startBoss !== false) {
    await boss.start();
    await ensureQueues(boss, settings);
  }
  return {
    db,
    boss,
    sealer,
    settings,
    async close() {
      await boss.stop({ graceful: true, timeout: 5_000 }).catch(() => undefined);
      await db.close().catch(() => undefined);
    },
  };
}

async function ensureQueues(boss: PgBoss, settings: ServiceSettings): Promise<void> {
  const scanQueue = {
    // One active scan per AWS account (the jobs' singletonKey), any number queued.
    policy: 'singleton' as const,
    retryLimit: 3,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: 6 * 3600,
    heartbeatSeconds: Math.max(10, settings.heartbeatSeconds ?? 30),
  };
  if (!(await boss.getQueue(SCAN_QUEUE))) await boss.createQueue(SCAN_QUEUE, scanQueue);
  if (!(await boss.getQueue(SCHEDULE_QUEUE))) await boss.createQueue(SCHEDULE_QUEUE, { policy: 'standard', retryLimit: 1 });
}
