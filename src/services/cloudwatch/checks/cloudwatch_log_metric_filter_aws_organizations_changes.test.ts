import check, { requirement } from './cloudwatch_log_metric_filter_aws_organizations_changes.js';
import { eventNamePattern } from '../metric-filters.js';
import { describeAlarmCheck } from '../test-fixtures.js';

// Unquoted values, no event source, no spaces: the same filter in another style.
const equivalent = '{' + requirement.events.map(({ eventName: n }) => `($.eventName=${n})`).join('||') + '}';

describeAlarmCheck(check, requirement, {
  equivalent,
  failing: eventNamePattern('organizations.amazonaws.com', requirement.events.slice(0, -1).map((e) => e.eventName)),
  failingMessage: /matches UpdatePolicy\./,
});
