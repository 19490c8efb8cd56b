/**
 * The service's tables, as ordered migrations (never edit an applied one: add the next). Every row that
 * belongs to a customer carries tenant_id, and every query of the API filters on it.
 */
export const MIGRATIONS: string[] = [
  `
  CREATE TABLE tenants (
    id text PRIMARY KEY,
    name text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE api_keys (
    id text PRIMARY KEY,
    tenant_id text REFERENCES tenants(id),
    -- SHA-256 of the secret part; the key itself is shown once, when created.
    hash text NOT NULL,
    admin boolean NOT NULL DEFAULT false,
    label text,
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz,
    last_used_at timestamptz
  );
  CREATE TABLE accounts (
    id text PRIMARY KEY,
    tenant_id text NOT NULL REFERENCES tenants(id),
    name text NOT NULL,
    role_arn text NOT NULL,
    aws_account_id text NOT NULL,
    external_id text NOT NULL,
    schedule text,
    last_validation jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
  );
  CREATE INDEX accounts_tenant ON accounts (tenant_id);
  CREATE TABLE scans (
    id text PRIMARY KEY,
    tenant_id text NOT NULL REFERENCES tenants(id),
    account_id text REFERENCES accounts(id),
    aws_account_id text,
    name text,
    request jsonb NOT NULL,
    status text NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    progress jsonb,
    counts jsonb,
    score double precision,
    error text,
    attempts int NOT NULL DEFAULT 0,
    worker text,
    job_id text,
    idempotency_key text,
    -- access keys for a one-off scan, AES-256-GCM under the server key; erased when the scan ends
    sealed_credentials text,
    created_at timestamptz NOT NULL DEFAULT now(),
    started_at timestamptz,
    finished_at timestamptz
  );
  CREATE INDEX scans_tenant ON scans (tenant_id, created_at DESC);
  CREATE UNIQUE INDEX scans_idempotency ON scans (tenant_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
  CREATE TABLE findings (
    scan_id text NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
    tenant_id text NOT NULL,
    uid text NOT NULL,
    check_id text NOT NULL,
    status text NOT NULL,
    severity text NOT NULL,
    service text NOT NULL,
    region text NOT NULL,
    resource_arn text NOT NULL,
    muted boolean NOT NULL,
    status_extended text NOT NULL,
    data jsonb NOT NULL,
    PRIMARY KEY (scan_id, uid)
  );
  CREATE INDEX findings_tenant_scan ON findings (tenant_id, scan_id, status);
  CREATE TABLE artifacts (
    scan_id text NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
    tenant_id text NOT NULL,
    name text NOT NULL,
    path text NOT NULL,
    bytes bigint NOT NULL,
    sha256 text NOT NULL,
    s3_url text,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (scan_id, name)
  );
  CREATE TABLE scan_runs (
    scan_id text NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
    attempt int NOT NULL,
    worker text NOT NULL,
    started_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    ended_at timestamptz,
    outcome text,
    PRIMARY KEY (scan_id, attempt)
  );
  CREATE TABLE notifications (
    id bigserial PRIMARY KEY,
    scan_id text NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
    tenant_id text NOT NULL,
    kind text NOT NULL,
    target text NOT NULL,
    ok boolean NOT NULL,
    detail text,
    created_at timestamptz NOT NULL DEFAULT now()
  )
  `,
];
