/** Shared walker for the AppStream checks: one finding per fleet, and the wording of a duration. */
import type { EvalContext } from '../../core/check.js';
import { listed } from '../../lib/resource-policy.js';
import { fleets, type Fleet } from './collectors.js';

/** "36000 seconds (10 h)", "300 seconds (5 min)": for messages. */
export function seconds(n: number): string {
  if (n >= 3600 && n % 3600 === 0) return `${n} seconds (${n / 3600} h)`;
  if (n >= 60 && n % 60 === 0) return `${n} seconds (${n / 60} min)`;
  return `${n} seconds`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function runFleetCheck(ctx: EvalContext<any>, judge: (f: Fleet, label: string) => [boolean, string]): void {
  for (const { region, result } of ctx.regional(fleets)) {
    for (const f of listed(ctx, region, result, 'AppStream fleets')) {
      const resource = { arn: f.arn, id: f.name, name: f.name, region };
      const [ok, message] = judge(f, `AppStream fleet ${f.name}`);
      if (ok) ctx.pass(resource, message);
      else ctx.fail(resource, message);
    }
  }
}

/**
 * A fleet timeout against a maximum: absent or within the maximum (and, when `zeroDisables`, not 0).
 * Returns the verdict for `what` ("maximum session duration", "disconnect timeout"...).
 */
export function withinMaximum(value: number | undefined, max: number, what: string, label: string, zeroDisables = false): [boolean, string] {
  if (value === undefined || (zeroDisables && value === 0)) return [false, `${label} has no ${what} set${zeroDisables ? ' (idle users are never disconnected)' : ''}.`];
  if (value <= max) return [true, `${label} has a ${what} of ${seconds(value)}, within the maximum of ${seconds(max)}.`];
  return [false, `${label} has a ${what} of ${seconds(value)}, more than the maximum of ${seconds(max)}.`];
}

/** The CLI, CloudFormation and Terraform remediations that set one fleet property (CloudFormation name, e.g. DisconnectTimeoutInSeconds). */
export function fleetRemediation(property: string, value: number): { cli: string; nativeIaC: string; terraform: string } {
  const kebab = property.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
  return {
    cli: `aws appstream update-fleet --name <fleet-name> --${kebab} ${value}`,
    nativeIaC: ['Fleet:', '  Type: AWS::AppStream::Fleet', '  Properties:', '    Name: <fleet-name>', '    InstanceType: <instance-type>', `    ${property}: ${value}`].join('\n'),
    terraform: `resource "aws_appstream_fleet" "main" {\n  # ...\n  ${kebab.replace(/-/g, '_')} = ${value}\n}`,
  };
}
