import check, { requirement } from './cloudwatch_changes_to_network_route_tables_alarm_configured.js';
import { eventNamePattern } from '../metric-filters.js';
import { describeAlarmCheck } from '../test-fixtures.js';

// Unquoted values, no event source, no spaces: the same filter in another style.
const equivalent = '{' + requirement.events.map(({ eventName: n }) => `($.eventName=${n})`).join('||') + '}';

describeAlarmCheck(check, requirement, {
  equivalent,
  failing: eventNamePattern('ec2.amazonaws.com', requirement.events.slice(0, -1).map((e) => e.eventName)),
  failingMessage: /matches DisassociateRouteTable\./,
});
