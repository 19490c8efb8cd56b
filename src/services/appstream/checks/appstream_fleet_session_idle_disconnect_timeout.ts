import { defineCheck } from '../../../core/check.js';
import { fleets } from '../collectors.js';
import { fleetRemediation, runFleetCheck, withinMaximum } from '../fleet-checks.js';

export default defineCheck({
  id: 'appstream_fleet_session_idle_disconnect_timeout',
  title: 'AppStream fleets disconnect idle users',
  service: 'appstream',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['identity-access'],
  description:
    'Compares IdleDisconnectTimeoutInSeconds of every AppStream 2.0 fleet with max_idle_disconnect_timeout_in_seconds (10 minutes by default). A timeout of 0 means idle users are never disconnected and fails.',
  risk:
    'An idle session left open on an unattended screen can be used by whoever sits down in front of it, with the user\'s applications and data.',
  remediation: {
    text: 'Set an idle disconnect timeout of ten minutes or less on the fleet.',
    url: 'https://docs.aws.amazon.com/appstream2/latest/developerguide/set-up-stacks-fleets.html',
    ...fleetRemediation('IdleDisconnectTimeoutInSeconds', 600),
  },
  uses: [fleets],
  params: { max_idle_disconnect_timeout_in_seconds: 600 },
  run(ctx) {
    runFleetCheck(ctx, (f, label) => withinMaximum(f.idleDisconnectTimeoutSeconds, ctx.params.max_idle_disconnect_timeout_in_seconds, 'idle disconnect timeout', label, true));
  },
});
