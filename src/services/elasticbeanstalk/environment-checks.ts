/** Shared walker for the Elastic Beanstalk checks: one finding per environment, judged on its kept options. */
import type { EvalContext } from '../../core/check.js';
import { describeCallError } from '../../aws/errors.js';
import { listedWith } from '../../lib/resource-policy.js';
import { environmentSettings, environments, type Environment } from './collectors.js';

/** A verdict: [true, message] passes, [false, message] fails. */
export type Verdict = [boolean, string];

/** An option's value, case-insensitively compared with `expected`. */
export const optionIs = (settings: Record<string, string>, key: string, expected: string): boolean => settings[key]?.toLowerCase() === expected.toLowerCase();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function runEnvironmentCheck(ctx: EvalContext<any>, judge: (settings: Record<string, string>, label: string, env: Environment) => Verdict): void {
  for (const { region, item: env, entry } of listedWith(ctx, environments, environmentSettings, 'Elastic Beanstalk environments')) {
    const resource = { arn: env.arn, id: env.id, name: env.name, region };
    const label = `Elastic Beanstalk environment ${env.name}`;
    if (!entry.ok) {
      ctx.error(resource, entry.error, `Could not read the configuration of ${label}: ${describeCallError(entry.error)}.`);
      continue;
    }
    const [ok, message] = judge(entry.data, label, env);
    if (ok) ctx.pass(resource, message);
    else ctx.fail(resource, message);
  }
}

/** [namespace, option name, value] of an Elastic Beanstalk configuration option. */
export type OptionSetting = [namespace: string, option: string, value: string];

/** The CLI, CloudFormation and Terraform remediations that set `settings` on an environment. */
export function optionRemediation(settings: OptionSetting[]): { cli: string; nativeIaC: string; terraform: string } {
  const quote = (v: string) => (/^[A-Za-z][\w.-]*$/.test(v) && !/^(true|false)$/i.test(v) ? v : JSON.stringify(v));
  return {
    cli: `aws elasticbeanstalk update-environment --environment-name <env-name> --option-settings ${settings.map(([ns, o, v]) => `Namespace=${ns},OptionName=${o},Value=${JSON.stringify(v)}`).join(' ')}`,
    nativeIaC: [
      'Environment:',
      '  Type: AWS::ElasticBeanstalk::Environment',
      '  Properties:',
      '    ApplicationName: !Ref Application',
      '    OptionSettings:',
      ...settings.flatMap(([ns, o, v]) => [`      - Namespace: ${ns}`, `        OptionName: ${o}`, `        Value: ${quote(v)}`]),
    ].join('\n'),
    terraform: [
      'resource "aws_elastic_beanstalk_environment" "app" {',
      '  # ...',
      ...settings.flatMap(([ns, o, v]) => ['  setting {', `    namespace = "${ns}"`, `    name      = "${o}"`, `    value     = ${JSON.stringify(v)}`, '  }']),
      '}',
    ].join('\n'),
  };
}
