/**
 * Shared body of the DMS task logging checks. A task logs a side (source or target) well when logging is
 * on and each log component that side runs for the task's migration type records at least the default
 * severity: the unload/load components for a full load, the capture/apply components for ongoing
 * replication (CDC). A component missing from the settings runs at the default severity.
 */
import { defineCheck, type Check } from '../../core/check.js';
import { eachListed } from '../rds/listing.js';
import { replicationTasks, type ReplicationTask } from './collectors.js';

const AT_LEAST_DEFAULT = new Set(['LOGGER_SEVERITY_DEFAULT', 'LOGGER_SEVERITY_DEBUG', 'LOGGER_SEVERITY_DETAILED_DEBUG']);

export interface Side {
  side: 'source' | 'target';
  /** Component of the full-load phase, then of the CDC phase. */
  fullLoad: string;
  cdc: string;
}

/** The components of `side` the task's migration type runs (all of them when the type is unknown). */
export function componentsFor(t: ReplicationTask, s: Side): string[] {
  const type = t.migrationType ?? 'full-load-and-cdc';
  return [...(type.includes('full-load') ? [s.fullLoad] : []), ...(type.includes('cdc') ? [s.cdc] : [])];
}

/** Components below the default severity ("SOURCE_CAPTURE at LOGGER_SEVERITY_WARNING"). */
export function weakComponents(t: ReplicationTask, s: Side): string[] {
  return componentsFor(t, s).flatMap((id) => {
    const c = t.logComponents.find((x) => x.id === id);
    return !c || AT_LEAST_DEFAULT.has(c.severity) ? [] : [`${id} at ${c.severity || 'no severity'}`];
  });
}

export function taskLoggingCheck(o: { id: string; severity: 'medium'; s: Side; prose: string }): Check {
  const comps = `${o.s.fullLoad} (full load) and ${o.s.cdc} (ongoing replication)`;
  return defineCheck({
    id: o.id,
    title: `DMS replication tasks log their ${o.s.side} activity at the default severity or higher`,
    service: 'dms',
    severity: o.severity,
    resourceType: 'AwsDmsReplicationTask',
    categories: ['logging'],
    description:
      `Passes each replication task with CloudWatch logging on whose ${o.s.side} components, ${comps}, record at least LOGGER_SEVERITY_DEFAULT. ` +
      `Only the components the task's migration type runs are judged: a full-load task has no ${o.s.cdc} phase, a CDC-only task no ${o.s.fullLoad} phase.`,
    risk: `Without ${o.s.side} logs, ${o.prose} cannot be diagnosed or audited after the fact.`,
    remediation: {
      text: `Turn on logging in the task settings and set ${comps} to LOGGER_SEVERITY_DEFAULT or a more detailed level.`,
      url: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Tasks.CustomizingTasks.TaskSettings.Logging.html',
      cli: `aws dms modify-replication-task --replication-task-arn <task-arn> --replication-task-settings '{"Logging":{"EnableLogging":true,"LogComponents":[{"Id":"${o.s.fullLoad}","Severity":"LOGGER_SEVERITY_DEFAULT"},{"Id":"${o.s.cdc}","Severity":"LOGGER_SEVERITY_DEFAULT"}]}}'`,
      nativeIaC: `Task:\n  Type: AWS::DMS::ReplicationTask\n  Properties:\n    MigrationType: full-load-and-cdc\n    ReplicationInstanceArn: <replication-instance-arn>\n    SourceEndpointArn: <source-endpoint-arn>\n    TargetEndpointArn: <target-endpoint-arn>\n    TableMappings: <table-mappings-json>\n    ReplicationTaskSettings: '{"Logging":{"EnableLogging":true,"LogComponents":[{"Id":"${o.s.fullLoad}","Severity":"LOGGER_SEVERITY_DEFAULT"},{"Id":"${o.s.cdc}","Severity":"LOGGER_SEVERITY_DEFAULT"}]}}'`,
      terraform: `resource "aws_dms_replication_task" "task" {\n  # ...\n  replication_task_settings = jsonencode({\n    Logging = {\n      EnableLogging = true\n      LogComponents = [\n        { Id = "${o.s.fullLoad}", Severity = "LOGGER_SEVERITY_DEFAULT" },\n        { Id = "${o.s.cdc}", Severity = "LOGGER_SEVERITY_DEFAULT" },\n      ]\n    }\n  })\n}`,
    },
    uses: [replicationTasks],
    run(ctx) {
      eachListed(ctx, replicationTasks, 'DMS replication tasks', (t, resource) => {
        const L = `DMS replication task ${t.id}`;
        if (t.settingsUnreadable) return ctx.fail(resource, `${L} has task settings that are not valid JSON, so its logging cannot be confirmed.`);
        if (!t.loggingEnabled) return ctx.fail(resource, `${L} does not have logging enabled.`);
        const weak = weakComponents(t, o.s);
        if (weak.length) return ctx.fail(resource, `${L} logs ${o.s.side} activity below the default severity: ${weak.join(', ')}.`);
        ctx.pass(resource, `${L} logs ${componentsFor(t, o.s).join(' and ')} at the default severity or higher.`);
      });
    },
  });
}
