/**
 * The service's store: PostgreSQL (DATABASE_URL) or, with no DATABASE_URL, an embedded PGlite (the WASM
 * build of Postgres) in a data folder, so one command starts a working service on a fresh machine. Both
 * speak the same SQL; pg-boss runs on either (on PGlite through its `fromPglite` adapter). Every table lives
 * in one schema (`prowl` by default; tests use a schema each), and pg-boss keeps its jobs in `<schema>_jobs`.
 */
import { mkdir } from 'node:fs/promises';
import type { Db as IDatabase } from 'pg-boss';
import { MIGRATIONS } from './migrations.js';

export interface Queryable {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  readonly schema: string;
  /** Run fn in one transaction (BEGIN ... COMMIT, ROLLBACK on error). */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  /** What pg-boss should be given: a connection string, or a database adapter for PGlite. */
  boss(): { connectionString: string } | { db: IDatabase };
  close(): Promise<void>;
}

export interface DbOptions {
  /** postgres://... ; when absent, an embedded PGlite store in dataDir. */
  url?: string;
  dataDir?: string;
  schema?: string;
  /** Connections in the pool (Postgres only). */
  poolSize?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,40}$/;

export async function openDb(opts: DbOptions): Promise<Db> {
  const schema = opts.schema ?? 'prowl';
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid schema name ${schema}`);
  const db = opts.url ? await openPostgres(opts.url, schema, opts.poolSize ?? 10) : await openPglite(opts.dataDir ?? '.prowl-data', schema);
  await migrate(db);
  return db;
}

async function openPostgres(url: string, schema: string, max: number): Promise<Db> {
  const { default: pg } = await import('pg');
  // Every connection of the pool resolves unqualified names in the service's schema.
  const pool = new pg.Pool({ connectionString: url, max, options: `-c search_path=${schema}` });
  pool.on('error', () => undefined); // an idle connection dropped by the server is replaced on next use
  const client = await pool.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } finally {
    client.release();
  }
  return {
    kind: 'postgres',
    schema,
    async query(text, params) {
      return (await pool.query(text, params as unknown[])).rows;
    },
    async tx(fn) {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const out = await fn({ query: async (text, params) => (await c.query(text, params as unknown[])).rows });
        await c.query('COMMIT');
        return out;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        c.release();
      }
    },
    boss: () => ({ connectionString: url }),
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string, schema: string): Promise<Db> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const { PGlite } = await import('@electric-sql/pglite');
  const { fromPglite } = await import('pg-boss');
  const lite = await PGlite.create(`${dataDir}/pg`);
  await lite.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema}`);
  // PGlite is one connection: transactions are serialised so that two callers never interleave statements.
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = chain.then(fn, fn);
    chain = run.catch(() => undefined);
    return run;
  };
  const query = async <T>(text: string, params?: unknown[]) => (await lite.query<T>(text, params)).rows;
  return {
    kind: 'pglite',
    schema,
    query: (text, params) => serial(() => query(text, params)),
    tx: (fn) =>
      serial(async () => {
        await lite.exec('BEGIN');
        try {
          const out = await fn({ query });
          await lite.exec('COMMIT');
          return out;
        } catch (e) {
          await lite.exec('ROLLBACK').catch(() => undefined);
          throw e;
        }
      }),
    boss: () => ({ db: fromPglite(lite) }),
    close: () => lite.close(),
  };
}

/** Apply the migrations not applied yet, each in its own transaction, recorded in schema_migrations. */
export async function migrate(db: Db): Promise<number> {
  await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  const done = new Set((await db.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version));
  let applied = 0;
  for (const [i, sql] of MIGRATIONS.entries()) {
    const version = i + 1;
    if (done.has(version)) continue;
    await db.tx(async (q) => {
      // Two services starting at once: the second waits on the lock and then finds the version applied.
      if (db.kind === 'postgres') await q.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${db.schema}.migrations`]);
      const again = await q.query('SELECT 1 FROM schema_migrations WHERE version = $1', [version]);
      if (again.length) return;
      for (const statement of sql.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean)) await q.query(statement);
      await q.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
      applied++;
    });
  }
  return applied;
}
