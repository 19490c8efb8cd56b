import { taskLoggingCheck } from '../logging.js';

export default taskLoggingCheck({
  id: 'dms_replication_task_source_logging_enabled',
  severity: 'medium',
  s: { side: 'source', fullLoad: 'SOURCE_UNLOAD', cdc: 'SOURCE_CAPTURE' },
  prose: 'failed or partial reads from the source database (missed changes, unloaded tables)',
});
