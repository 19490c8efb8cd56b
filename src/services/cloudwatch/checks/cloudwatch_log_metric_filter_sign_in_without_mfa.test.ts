import check, { requirement } from './cloudwatch_log_metric_filter_sign_in_without_mfa.js';
import { describeAlarmCheck } from '../test-fixtures.js';

describeAlarmCheck(check, requirement, {
  equivalent: '{ $.eventName = ConsoleLogin && $.additionalEventData.MFAUsed != Yes }',
  failing: '{ $.eventName = "ConsoleLogin" }',
  failingMessage: /filter-0 .* but also unrelated activity/,
});
