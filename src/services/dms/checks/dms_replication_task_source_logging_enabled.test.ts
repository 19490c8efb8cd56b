import { describe } from 'vitest';
import check from './dms_replication_task_source_logging_enabled.js';
import { replicationTasks } from '../collectors.js';
import { makeTask, withSeverity } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

// Prowler requires both SOURCE_CAPTURE and SOURCE_UNLOAD whatever the migration type; a full-load task never
// captures changes (and a CDC-only task never unloads), so only the components the task runs are judged here.
describe('dms_replication_task_source_logging_enabled', () => {
  listCases(check, replicationTasks, makeTask, {
    pass: [
      {},
      { logComponents: withSeverity('SOURCE_CAPTURE', 'LOGGER_SEVERITY_DETAILED_DEBUG') },
      { migrationType: 'full-load', logComponents: withSeverity('SOURCE_CAPTURE', 'LOGGER_SEVERITY_ERROR') },
      { migrationType: 'cdc', logComponents: withSeverity('SOURCE_UNLOAD', 'LOGGER_SEVERITY_WARNING') },
      // A weak target component does not concern the source side.
      { logComponents: withSeverity('TARGET_APPLY', 'LOGGER_SEVERITY_ERROR') },
    ],
    fail: [
      { logComponents: withSeverity('SOURCE_CAPTURE', 'LOGGER_SEVERITY_WARNING') },
      { loggingEnabled: false },
      { migrationType: 'full-load', logComponents: withSeverity('SOURCE_UNLOAD', 'LOGGER_SEVERITY_ERROR') },
      { settingsUnreadable: true, loggingEnabled: false, logComponents: [] },
    ],
    failSays: 'SOURCE_CAPTURE at LOGGER_SEVERITY_WARNING',
  });
});
