import check, { requirement } from './cloudwatch_log_metric_filter_authentication_failures.js';
import { describeAlarmCheck } from '../test-fixtures.js';

describeAlarmCheck(check, requirement, {
  equivalent: '{ ($.eventName = ConsoleLogin) && ($.responseElements.ConsoleLogin = "Failure") }',
  failing: '{ $.eventName = "ConsoleLogin" }',
  failingMessage: /also unrelated activity/,
});
