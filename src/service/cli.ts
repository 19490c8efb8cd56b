/**
 * The service's commands on the prowl CLI: `prowl serve` (API + web console + workers), `prowl serve keys
 * create`, `prowl worker` (more workers, on this or other machines, sharing DATABASE_URL) and
 * `prowl role-template` (the cross-account role a customer deploys).
 */
import type { Command } from '@commander-js/extra-typings';
import { EXIT, UserError } from '../cli/errors.js';
import { releaseSignals } from '../cli/interrupt.js';
import type { ServiceSettings } from './context.js';

interface StoreFlags {
  databaseUrl?: string;
  dataDir: string;
  schema?: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- commander's typed options do not survive this shared helper
type AnyCommand = any;
function storeOptions(cmd: AnyCommand): AnyCommand {
  return cmd
    .option('--database-url <url>', 'PostgreSQL URL (default: $DATABASE_URL; without one, an embedded store in --data-dir)')
    .option('--data-dir <dir>', 'artifacts, the server key and the embedded store', process.env.PROWL_DATA_DIR ?? '.prowl-data')
    .option('--schema <name>', 'database schema of the service (default prowl)');
}

function settingsFrom(o: Record<string, unknown>): ServiceSettings {
  const smtpUrl = (o.smtpUrl as string | undefined) ?? process.env.PROWL_SMTP_URL;
  let smtp: ServiceSettings['smtp'];
  if (smtpUrl) {
    const u = new URL(smtpUrl);
    if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:') throw new UserError('--smtp-url must be smtp://user:pass@host:port or smtps://...', EXIT.usage);
    smtp = {
      host: u.hostname,
      port: Number(u.port || (u.protocol === 'smtps:' ? 465 : 587)),
      secure: u.protocol === 'smtps:',
      requireTLS: u.protocol === 'smtp:' && u.searchParams.get('starttls') !== 'optional',
      user: u.username ? decodeURIComponent(u.username) : undefined,
      pass: u.password ? decodeURIComponent(u.password) : undefined,
      from: (o.smtpFrom as string | undefined) ?? `prowl <prowl@${u.hostname}>`,
    };
  }
  const bucket = o.artifactBucket as string | undefined;
  if (bucket && !/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/.test(bucket)) throw new UserError('--artifact-bucket must be s3://bucket[/prefix]', EXIT.usage);
  const n = (v: unknown, name: string) => {
    if (v === undefined) return undefined;
    const x = Number(v);
    if (!Number.isInteger(x) || x < 1 || x > 1000) throw new UserError(`${name} must be a whole number from 1 to 1000`, EXIT.usage);
    return x;
  };
  return {
    databaseUrl: (o.databaseUrl as string | undefined) ?? process.env.DATABASE_URL,
    dataDir: o.dataDir as string,
    schema: o.schema as string | undefined,
    workerConcurrency: n(o.concurrency, '--concurrency'),
    heartbeatSeconds: n(process.env.PROWL_HEARTBEAT_SECONDS, 'PROWL_HEARTBEAT_SECONDS'),
    globalConcurrency: n(o.globalConcurrency, '--global-concurrency'),
    smtp,
    allowPrivateWebhooks: Boolean(o.allowPrivateWebhooks),
    artifactBucket: bucket ? { url: bucket, expectedOwner: o.artifactBucketOwner as string | undefined } : undefined,
    principalArn: (o.principalArn as string | undefined) ?? process.env.PROWL_PRINCIPAL_ARN,
    publicUrl: o.publicUrl as string | undefined,
  };
}

const untilSignal = () =>
  new Promise<string>((resolve) => {
    // The service drains on a signal: the scan command's handler (exit at once) must not run.
    releaseSignals();
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });

export function registerServiceCommands(program: Command, result: { exitCode: number }): void {
  const serveCmd = storeOptions(program.command('serve').description('run the scan service: HTTP API, web console and workers'))
    .option('--port <n>', 'port', '8080')
    .option('--host <addr>', 'address to listen on', '127.0.0.1')
    .option('--no-workers', 'run no scan workers in this process (run `prowl worker` elsewhere)')
    .option('--concurrency <n>', 'scans this process runs at once (default 2)')
    .option('--global-concurrency <n>', 'scans all workers together run at once')
    .option('--smtp-url <url>', 'SMTP server for email notifications: smtp://user:pass@host:587 (STARTTLS) or smtps://... (default $PROWL_SMTP_URL)')
    .option('--smtp-from <address>', 'From address of notification emails')
    .option('--allow-private-webhooks', 'let webhooks reach loopback, link-local and private addresses')
    .option('--artifact-bucket <s3url>', 'also upload every scan\'s artifacts to s3://bucket/prefix/<tenant>/<account>/<scan>/')
    .option('--artifact-bucket-owner <account>', 'account id that must own the artifact bucket')
    .option('--principal-arn <arn>', "the service's identity that customer roles trust (default: its own caller identity)")
    .option('--public-url <url>', 'base URL of the service, for links in notifications')
    .action(async (o: AnyCommand) => {
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError('--port must be a port number', EXIT.usage);
      const { startService } = await import('./server.js');
      const svc = await startService(settingsFrom(o), { port, host: o.host, workers: o.workers !== false });
      const keys = await svc.ctx.db.query<{ n: string }>('SELECT count(*)::text AS n FROM api_keys WHERE revoked_at IS NULL');
      process.stdout.write(`prowl service on ${svc.url} (store: ${svc.ctx.db.kind === 'pglite' ? `embedded, in ${o.dataDir}` : 'PostgreSQL'}; workers: ${o.workers === false ? 'none' : 'in process'})\n`);
      if (keys[0]?.n === '0') process.stdout.write('No API key exists yet: create one with `prowl serve keys create --tenant <name>` (or --admin).\n');
      const signal = await untilSignal();
      process.stdout.write(`${signal}: finishing running scans...\n`);
      await svc.close();
    });

  storeOptions(serveCmd.command('keys').command('create').description('create an API key for a tenant (created if new) and print it once'))
    .option('--tenant <name>', 'tenant the key belongs to')
    .option('--admin', 'an admin key (manages tenants and their keys)')
    .option('--label <text>', 'a note to recognise the key by')
    .action(async (_o: AnyCommand, cmd: AnyCommand) => {
      // --data-dir, --schema and --database-url may be parsed by `serve` itself: read them from both.
      const o = cmd.optsWithGlobals();
      if (!o.tenant && !o.admin) throw new UserError('give --tenant <name> or --admin', EXIT.usage);
      const { openDb } = await import('./db.js');
      const { createApiKey, ensureTenant } = await import('./keys.js');
      const db = await openDb({ url: o.databaseUrl ?? process.env.DATABASE_URL, dataDir: o.dataDir, schema: o.schema });
      try {
        const tenantId = o.tenant ? await ensureTenant(db, o.tenant) : null;
        const key = await createApiKey(db, { tenantId, admin: Boolean(o.admin), label: o.label });
        process.stdout.write(`${key.key}\n`);
        process.stderr.write(`key ${key.id}${o.tenant ? ` for tenant ${o.tenant}` : ''}${o.admin ? ' (admin)' : ''}: shown once, store it now\n`);
      } finally {
        await db.close();
      }
    });

  storeOptions(program.command('worker').description('run scan workers against the service\'s store (DATABASE_URL), on this or another machine'))
    .option('--concurrency <n>', 'scans this process runs at once (default 2)')
    .option('--global-concurrency <n>', 'scans all workers together run at once')
    .option('--smtp-url <url>', 'SMTP server for email notifications (default $PROWL_SMTP_URL)')
    .option('--smtp-from <address>', 'From address of notification emails')
    .option('--allow-private-webhooks', 'let webhooks reach loopback, link-local and private addresses')
    .option('--artifact-bucket <s3url>', 'also upload artifacts to s3://bucket/prefix/...')
    .option('--artifact-bucket-owner <account>', 'account id that must own the artifact bucket')
    .option('--public-url <url>', 'base URL of the service, for links in notifications')
    .action(async (o: AnyCommand) => {
      const settings = settingsFrom(o);
      if (!settings.databaseUrl) throw new UserError('prowl worker needs a shared PostgreSQL store: --database-url or DATABASE_URL (the embedded store serves one process only)', EXIT.usage);
      const { openContext } = await import('./context.js');
      const { startWorker } = await import('./worker.js');
      const ctx = await openContext(settings);
      const w = await startWorker(ctx);
      process.stdout.write(`prowl worker ${process.pid} taking scans\n`);
      const signal = await untilSignal();
      process.stdout.write(`${signal}: finishing running scans, taking no new ones\n`);
      await w.stop();
      await ctx.close();
    });

  program
    .command('role-template')
    .description('print the read-only cross-account role a customer deploys for the service (CloudFormation or Terraform)')
    .requiredOption('--principal-arn <arn>', "the service's identity (role or user ARN) the role trusts")
    .requiredOption('--external-id <id>', 'the external id the service gave for this account')
    .option('--format <f>', 'cloudformation or terraform', 'cloudformation')
    .option('--role-name <name>', 'name of the role', 'ProwlScanRole')
    .action(async (o: AnyCommand) => {
      if (!/^arn:aws(-[a-z]+)*:(iam::\d{12}:(role|user)\/\S+|iam::\d{12}:root)$/.test(o.principalArn)) throw new UserError('--principal-arn must be an IAM role, user or account root ARN', EXIT.usage);
      if (!/^[\w+=,.@:/-]{2,1224}$/.test(o.externalId)) throw new UserError('--external-id has characters AWS does not allow', EXIT.usage);
      const t = await import('./role-template.js');
      const opts = { servicePrincipalArn: o.principalArn, externalId: o.externalId, roleName: o.roleName };
      if (o.format === 'terraform') process.stdout.write(t.terraformTemplate(opts));
      else if (o.format === 'cloudformation') process.stdout.write(t.cloudFormationTemplate(opts));
      else throw new UserError('--format is cloudformation or terraform', EXIT.usage);
    });
  void result;
}
