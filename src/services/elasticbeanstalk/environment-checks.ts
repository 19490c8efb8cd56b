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
