import check, { requirement } from './cloudwatch_log_metric_filter_unauthorized_api_calls.js';
import { describeAlarmCheck } from '../test-fixtures.js';

describeAlarmCheck(check, requirement, {
  equivalent: '{($.errorCode="*UnauthorizedOperation")||($.errorCode="AccessDenied*")}',
  failing: '{ $.errorCode = "AccessDenied" }',
  failingMessage: /No metric filter on log group cloudtrail-events \(trail main\) matches UnauthorizedOperation errors, AccessDeniedException errors/,
});
