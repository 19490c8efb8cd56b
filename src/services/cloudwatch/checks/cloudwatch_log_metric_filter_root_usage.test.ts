import check, { requirement } from './cloudwatch_log_metric_filter_root_usage.js';
import { describeAlarmCheck } from '../test-fixtures.js';

describeAlarmCheck(check, requirement, {
  equivalent: '{$.userIdentity.type="Root"&&$.userIdentity.invokedBy NOT EXISTS&&$.eventType!="AwsServiceEvent"}',
  failing: '{ ($.userIdentity.type = "Root") && ($.eventType = "AwsApiCall") }',
  failingMessage: /matches root console sign-ins\./,
});
