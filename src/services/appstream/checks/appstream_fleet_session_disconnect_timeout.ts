import { defineCheck } from '../../../core/check.js';
import { fleets } from '../collectors.js';
import { fleetRemediation, runFleetCheck, withinMaximum } from '../fleet-checks.js';

export default defineCheck({
  id: 'appstream_fleet_session_disconnect_timeout',
  title: 'AppStream fleets end disconnected sessions promptly',
  service: 'appstream',
  severity: 'medium',
  resourceType: 'Other',
  categories: [],
  description:
    'Compares DisconnectTimeoutInSeconds of every AppStream 2.0 fleet with max_disconnect_timeout_in_seconds (5 minutes by default): how long a session stays alive, and can be resumed, after the user disconnects.',
  risk:
    'A long disconnect timeout keeps the session, its open applications and its signed-in state waiting for anyone who reconnects with the same identity, long after the user walked away.',
  remediation: {
    text: 'Lower the disconnect timeout of the fleet to a few minutes.',
    url: 'https://docs.aws.amazon.com/appstream2/latest/developerguide/set-up-stacks-fleets.html',
    ...fleetRemediation('DisconnectTimeoutInSeconds', 300),
  },
  uses: [fleets],
  params: { max_disconnect_timeout_in_seconds: 300 },
  run(ctx) {
    runFleetCheck(ctx, (f, label) => withinMaximum(f.disconnectTimeoutSeconds, ctx.params.max_disconnect_timeout_in_seconds, 'disconnect timeout', label));
  },
});
