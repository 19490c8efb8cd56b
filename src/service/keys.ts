/**
 * API keys and the server key. An API key is `prowl_<id>_<secret>`: the id finds the row, the secret is
 * compared with its stored SHA-256 in constant time, and the key itself is shown once and never stored.
 * The server key (32 random bytes) seals the access keys of one-off scans with AES-256-GCM.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import type { Queryable } from './db.js';

export const newId = (prefix: string): string => `${prefix}_${randomBytes(12).toString('base64url').replace(/[-_]/g, 'x')}`;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export interface KeyOwner {
  keyId: string;
  tenantId: string | null;
  admin: boolean;
}

export async function createApiKey(db: Queryable, opts: { tenantId: string | null; admin?: boolean; label?: string }): Promise<{ id: string; key: string }> {
  const id = newId('key');
  const secret = randomBytes(32).toString('base64url');
  await db.query('INSERT INTO api_keys (id, tenant_id, hash, admin, label) VALUES ($1, $2, $3, $4, $5)', [id, opts.tenantId, sha256(secret), Boolean(opts.admin), opts.label ?? null]);
  return { id, key: `prowl_${id}_${secret}` };
}

const KEY_FORMAT = /^prowl_(key_[A-Za-z0-9]{16})_([A-Za-z0-9_-]{43})$/;

/** The owner of a presented key, or undefined when the key is malformed, unknown, revoked or wrong. */
export async function authenticate(db: Queryable, presented: string): Promise<KeyOwner | undefined> {
  const m = KEY_FORMAT.exec(presented);
  if (!m) return undefined;
  const [row] = await db.query<{ hash: string; tenant_id: string | null; admin: boolean; revoked_at: Date | null }>(
    'SELECT hash, tenant_id, admin, revoked_at FROM api_keys WHERE id = $1',
    [m[1]],
  );
  if (!row || row.revoked_at) return undefined;
  const a = Buffer.from(row.hash, 'hex');
  const b = Buffer.from(sha256(m[2]), 'hex');
  if (a.length !== b.length || !timingSafeEqual(a, b)) return undefined;
  return { keyId: m[1], tenantId: row.tenant_id, admin: row.admin };
}

export async function revokeApiKey(db: Queryable, keyId: string, tenantId: string | null): Promise<boolean> {
  const rows = await db.query(
    'UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL AND ($2::text IS NULL OR tenant_id = $2) RETURNING id',
    [keyId, tenantId],
  );
  return rows.length > 0;
}

export async function ensureTenant(db: Queryable, name: string): Promise<string> {
  const [found] = await db.query<{ id: string }>('SELECT id FROM tenants WHERE name = $1', [name]);
  if (found) return found.id;
  const id = newId('ten');
  await db.query('INSERT INTO tenants (id, name) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [id, name]);
  const [row] = await db.query<{ id: string }>('SELECT id FROM tenants WHERE name = $1', [name]);
  return row.id;
}

/** Seal and open small secrets (access keys of one-off scans) with the server key. */
export class Sealer {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('the server key must be 32 bytes');
  }
  static async fromFile(path: string): Promise<Sealer> {
    try {
      return new Sealer(Buffer.from((await readFile(path, 'utf8')).trim(), 'base64'));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      const key = randomBytes(32);
      await writeFile(path, key.toString('base64'), { mode: 0o600, flag: 'wx' });
      return new Sealer(key);
    }
  }
  seal(plain: string): string {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
    return ['v1', iv.toString('base64'), c.getAuthTag().toString('base64'), body.toString('base64')].join('.');
  }
  open(sealed: string): string {
    const [v, iv, tag, body] = sealed.split('.');
    if (v !== 'v1') throw new Error('unknown sealed format');
    const d = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    d.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([d.update(Buffer.from(body, 'base64')), d.final()]).toString('utf8');
  }
}
