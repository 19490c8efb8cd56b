import { describe } from 'vitest';
import check from './dms_replication_task_target_logging_enabled.js';
import { replicationTasks } from '../collectors.js';
import { makeTask, withSeverity } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

// Like the source check, only the target components the migration type runs are judged (Prowler asks for both).
describe('dms_replication_task_target_logging_enabled', () => {
  listCases(check, replicationTasks, makeTask, {
    pass: [
      {},
      { logComponents: withSeverity('TARGET_LOAD', 'LOGGER_SEVERITY_DEBUG') },
      { migrationType: 'cdc', logComponents: withSeverity('TARGET_LOAD', 'LOGGER_SEVERITY_ERROR') },
      { logComponents: withSeverity('SOURCE_UNLOAD', 'LOGGER_SEVERITY_ERROR') },
      // Components left out of the settings log at the default severity.
      { logComponents: [] },
    ],
    fail: [
      { logComponents: withSeverity('TARGET_LOAD', 'LOGGER_SEVERITY_ERROR') },
      { migrationType: 'cdc', logComponents: withSeverity('TARGET_APPLY', 'LOGGER_SEVERITY_WARNING') },
      { loggingEnabled: false },
    ],
    failSays: 'TARGET_LOAD at LOGGER_SEVERITY_ERROR',
  });
});
