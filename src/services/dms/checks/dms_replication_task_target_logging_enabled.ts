import { taskLoggingCheck } from '../logging.js';

export default taskLoggingCheck({
  id: 'dms_replication_task_target_logging_enabled',
  severity: 'medium',
  s: { side: 'target', fullLoad: 'TARGET_LOAD', cdc: 'TARGET_APPLY' },
  prose: 'rows that were not written or changes not applied to the target database',
});
