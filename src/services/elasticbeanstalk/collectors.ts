/**
 * Elastic Beanstalk collectors: the environments of a region (DescribeEnvironments, terminated ones
 * left out) and, per environment, the few configuration options the checks judge
 * (DescribeConfigurationSettings). Only the options named in KEPT_OPTIONS are kept: an environment's
 * settings also hold its environment properties, which often carry credentials and never enter the
 * inventory.
 */
import { defineFact } from '../../core/fact.js';
import type { Result } from '../../core/types.js';

export interface Environment {
  id: string;
  name: string;
  arn: string;
  applicationName: string;
  /** Launching, Updating, Ready, Terminating... */
  status?: string;
  /** WebServer or Worker. */
  tier?: string;
  platformArn?: string;
  /** Green, Yellow, Red or Grey. */
  health?: string;
}

export const environments = defineFact<Environment[]>({
  id: 'elasticbeanstalk.environments',
  service: 'elasticbeanstalk',
  scope: 'regional',
  operation: 'elasticbeanstalk:DescribeEnvironments',
  async collect(ctx) {
    const { DescribeEnvironmentsCommand } = await import('@aws-sdk/client-elastic-beanstalk');
    const eb = await ctx.client('elasticbeanstalk');
    const out: Environment[] = [];
    let NextToken: string | undefined;
    do {
      const page = await eb.send(new DescribeEnvironmentsCommand({ IncludeDeleted: false, MaxRecords: Math.min(ctx.pageSize || 100, 1000), NextToken }));
      for (const e of page.Environments ?? []) {
        if (!e.EnvironmentName || !e.ApplicationName || e.Status === 'Terminated') continue;
        out.push({
          id: e.EnvironmentId || e.EnvironmentName,
          name: e.EnvironmentName,
          arn: e.EnvironmentArn ?? `arn:${ctx.account.partition}:elasticbeanstalk:${ctx.region}:${ctx.account.accountId}:environment/${e.ApplicationName}/${e.EnvironmentName}`,
          applicationName: e.ApplicationName,
          ...(e.Status ? { status: e.Status } : {}),
          ...(e.Tier?.Name ? { tier: e.Tier.Name } : {}),
          ...(e.PlatformArn ? { platformArn: e.PlatformArn } : {}),
          ...(e.Health ? { health: e.Health } : {}),
        });
      }
      NextToken = page.NextToken;
    } while (NextToken);
    return out;
  },
});

/** The configuration options the checks read, as "namespace:OptionName". */
export const KEPT_OPTIONS = [
  'aws:elasticbeanstalk:cloudwatch:logs:StreamLogs',
  'aws:elasticbeanstalk:cloudwatch:logs:RetentionInDays',
  'aws:elasticbeanstalk:healthreporting:system:SystemType',
  'aws:elasticbeanstalk:managedactions:ManagedActionsEnabled',
  'aws:elasticbeanstalk:managedactions:PreferredStartTime',
  'aws:elasticbeanstalk:managedactions:platformupdate:UpdateLevel',
] as const;

/** Kept option values per environment ARN; an option absent from the map was not returned (AWS default applies). */
export const environmentSettings = defineFact<Record<string, Result<Record<string, string>>>>({
  id: 'elasticbeanstalk.environmentSettings',
  service: 'elasticbeanstalk',
  scope: 'regional',
  operation: 'elasticbeanstalk:DescribeConfigurationSettings',
  async collect(ctx) {
    const { DescribeConfigurationSettingsCommand } = await import('@aws-sdk/client-elastic-beanstalk');
    const eb = await ctx.client('elasticbeanstalk');
    const envs = await ctx.need(environments);
    const kept = new Set<string>(KEPT_OPTIONS);
    const entries = await Promise.all(
      envs.map(async (e) => {
        const settings = await ctx.attempt('elasticbeanstalk:DescribeConfigurationSettings', async () => {
          const res = await eb.send(new DescribeConfigurationSettingsCommand({ ApplicationName: e.applicationName, EnvironmentName: e.name }));
          const out: Record<string, string> = {};
          for (const cfg of res.ConfigurationSettings ?? []) {
            for (const o of cfg.OptionSettings ?? []) {
              const key = `${o.Namespace}:${o.OptionName}`;
              if (kept.has(key) && o.Value !== undefined) out[key] = o.Value;
            }
          }
          return out;
        });
        return [e.arn, settings] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});
