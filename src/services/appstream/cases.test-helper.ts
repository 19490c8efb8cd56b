/** Fixtures for the AppStream check tests. */
import { FixtureInventory, denied } from '../../../test/helpers/check.js';
import { fleets, type Fleet } from './collectors.js';

export const fleet = (name: string, over: Partial<Fleet> = {}): Fleet => ({
  name,
  arn: `arn:aws:appstream:us-east-1:123456789012:fleet/${name}`,
  fleetType: 'ON_DEMAND',
  state: 'RUNNING',
  maxUserDurationSeconds: 28800,
  disconnectTimeoutSeconds: 300,
  idleDisconnectTimeoutSeconds: 600,
  enableDefaultInternetAccess: false,
  ...over,
});

export const withFleets = (...list: Fleet[]) => new FixtureInventory().set(fleets, list);
export const fleetsDenied = () => new FixtureInventory().set(fleets, { error: denied('appstream:DescribeFleets') });
