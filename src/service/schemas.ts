/** Request and response shapes of the API, validated with zod and published as the OpenAPI document. */
import { z } from 'zod';
import { notifyTargetsSchema } from './notify.js';

const ROLE_ARN = /^arn:aws(-[a-z]+)*:iam::(\d{12}):role\/[\w+=,.@/-]{1,512}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const ids = z.array(z.string().regex(/^[A-Za-z0-9_.:-]{1,120}$/)).max(1000);

export const accountCreateSchema = z
  .object({
    name: z.string().min(1).max(120),
    role_arn: z.string().regex(ROLE_ARN, 'an IAM role ARN'),
    /** Cron expression (5 fields, UTC) for recurring scans. */
    schedule: z.string().max(100).optional(),
  })
  .strict();

export const scheduleSchema = z.object({ cron: z.string().min(9).max(100).nullable() }).strict();

export const scanRequestSchema = z
  .object({
    account_id: z.string().max(64).optional(),
    /** One-off scan with access keys instead of a registered role (sealed at rest, erased when the scan ends). */
    access_keys: z.object({ access_key_id: z.string().regex(/^[A-Z0-9]{16,128}$/), secret_access_key: z.string().min(16).max(128), session_token: z.string().max(4096).optional() }).strict().optional(),
    scan_name: z.string().max(200).optional(),
    checks: ids.optional(),
    services: ids.optional(),
    compliance: ids.optional(),
    severity: z.array(z.enum(['critical', 'high', 'medium', 'low', 'informational'])).optional(),
    excluded_checks: ids.optional(),
    regions: z.array(z.string().regex(REGION)).max(40).optional(),
    notify: notifyTargetsSchema.optional(),
  })
  .strict()
  .refine((r) => Boolean(r.account_id) !== Boolean(r.access_keys), { message: 'give exactly one of account_id and access_keys' });

export type ScanRequest = Omit<z.infer<typeof scanRequestSchema>, 'access_keys'>;

export const tenantCreateSchema = z.object({ name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,79}$/) }).strict();
export const keyCreateSchema = z.object({ label: z.string().max(80).optional(), admin: z.boolean().optional() }).strict();

export const findingsQuerySchema = z.object({
  status: z.enum(['PASS', 'FAIL', 'MANUAL', 'ERROR']).optional(),
  severity: z.enum(['critical', 'high', 'medium', 'low', 'informational']).optional(),
  service: z.string().max(60).optional(),
  region: z.string().max(30).optional(),
  check: z.string().max(200).optional(),
  muted: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().max(300).optional(),
});

export { ROLE_ARN };
