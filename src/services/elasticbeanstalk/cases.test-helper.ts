/** Fixtures for the Elastic Beanstalk check tests: environments 'good', 'bad' and 'hidden' (settings denied). */
import { FixtureInventory, denied } from '../../../test/helpers/check.js';
import { environmentSettings, environments, type Environment } from './collectors.js';

const env = (name: string): Environment => ({
  id: `e-${name}`,
  name,
  arn: `arn:aws:elasticbeanstalk:us-east-1:123456789012:environment/shop/${name}`,
  applicationName: 'shop',
  status: 'Ready',
});

export function fixture(good: Record<string, string>, bad: Record<string, string>): FixtureInventory {
  const [g, b, h] = [env('good'), env('bad'), env('hidden')];
  return new FixtureInventory().set(environments, [g, b, h]).set(environmentSettings, {
    [g.arn]: { ok: true, data: good },
    [b.arn]: { ok: true, data: bad },
    [h.arn]: { ok: false, error: denied('elasticbeanstalk:DescribeConfigurationSettings') },
  });
}

export function listingDenied(): FixtureInventory {
  const error = denied('elasticbeanstalk:DescribeEnvironments');
  return new FixtureInventory().set(environments, { error }).set(environmentSettings, { error });
}
