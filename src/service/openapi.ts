/** The OpenAPI 3.1 document of the API, with request bodies generated from the zod schemas the routes validate with. */
import { z } from 'zod';
import { accountCreateSchema, keyCreateSchema, scanRequestSchema, scheduleSchema, tenantCreateSchema } from './schemas.js';
import { VERSION } from '../version.js';

const body = (schema: z.ZodTypeAny) => ({ required: true, content: { 'application/json': { schema: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) } } });
const ok = (description: string) => ({ description });
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

export function openApiDocument(): object {
  const secured = { security: [{ apiKey: [] }] };
  return {
    openapi: '3.1.0',
    info: { title: 'prowl service API', version: VERSION, description: 'Scans AWS accounts through cross-account roles. Every /v1 route needs Authorization: Bearer <api key>.' },
    components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'prowl_<id>_<secret>' } } },
    paths: {
      '/healthz': { get: { summary: 'Liveness and store reachability', responses: { 200: ok('up'), 503: ok('store unavailable') } } },
      '/metrics': { get: { summary: 'Prometheus metrics: queue depth, scans by status, durations (admin key)', responses: { 200: ok('text exposition format') } } },
      '/v1/tenants': { post: { ...secured, summary: 'Create a tenant (admin key)', requestBody: body(tenantCreateSchema), responses: { 201: ok('created') } } },
      '/v1/tenants/{id}/keys': { post: { ...secured, summary: 'Create an API key for a tenant (admin key); the key is shown once', parameters: [idParam], requestBody: body(keyCreateSchema), responses: { 201: ok('created') } } },
      '/v1/keys/{id}': { delete: { ...secured, summary: 'Revoke a key', parameters: [idParam], responses: { 204: ok('revoked'), 404: ok('unknown') } } },
      '/v1/accounts': {
        post: { ...secured, summary: 'Register an account: returns its generated external id and role template', requestBody: body(accountCreateSchema), responses: { 201: ok('registered') } },
        get: { ...secured, summary: "The tenant's accounts", responses: { 200: ok('list') } },
      },
      '/v1/accounts/{id}': { get: { ...secured, parameters: [idParam], responses: { 200: ok('account'), 404: ok('not found') } }, delete: { ...secured, parameters: [idParam], responses: { 204: ok('deleted') } } },
      '/v1/accounts/{id}/validate': { post: { ...secured, summary: 'Assume the role and probe the permissions prowl needs', parameters: [idParam], responses: { 200: ok('validation report') } } },
      '/v1/accounts/{id}/role-template': { get: { ...secured, summary: 'CloudFormation (default) or Terraform (?format=terraform) for the role', parameters: [idParam], responses: { 200: ok('template') } } },
      '/v1/accounts/{id}/schedule': { put: { ...secured, summary: 'Set (cron, UTC) or clear (null) recurring scans', parameters: [idParam], requestBody: body(scheduleSchema), responses: { 200: ok('set') } } },
      '/v1/scans': {
        post: {
          ...secured,
          summary: 'Queue a scan (Idempotency-Key header supported)',
          parameters: [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string' } }],
          requestBody: body(scanRequestSchema),
          responses: { 202: ok('queued'), 200: ok('the scan created earlier with this Idempotency-Key') },
        },
        get: { ...secured, summary: "The tenant's scans, newest first", responses: { 200: ok('list') } },
      },
      '/v1/scans/{id}': { get: { ...secured, parameters: [idParam], responses: { 200: ok('status, progress, counts') } }, delete: { ...secured, summary: 'Cancel', parameters: [idParam], responses: { 200: ok('cancelled'), 409: ok('already finished') } } },
      '/v1/scans/{id}/findings': {
        get: {
          ...secured,
          summary: 'Findings, paged (limit, cursor) and filtered (status, severity, service, region, check, muted)',
          parameters: [idParam, ...['status', 'severity', 'service', 'region', 'check', 'muted', 'limit', 'cursor'].map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } }))],
          responses: { 200: ok('a page of findings and next_cursor') },
        },
      },
      '/v1/scans/{id}/report.html': { get: { ...secured, parameters: [idParam], responses: { 200: ok('the single-file HTML report') } } },
      '/v1/scans/{id}/artifacts.tar.gz': { get: { ...secured, parameters: [idParam], responses: { 200: ok('every output of the scan') } } },
    },
  };
}
