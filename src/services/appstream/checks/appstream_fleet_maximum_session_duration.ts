import { defineCheck } from '../../../core/check.js';
import { fleets } from '../collectors.js';
import { fleetRemediation, runFleetCheck, withinMaximum } from '../fleet-checks.js';

export default defineCheck({
  id: 'appstream_fleet_maximum_session_duration',
  title: 'AppStream fleets limit how long a streaming session may last',
  service: 'appstream',
  severity: 'medium',
  resourceType: 'Other',
  categories: [],
  description:
    'Compares MaxUserDurationInSeconds of every AppStream 2.0 fleet with max_session_duration_seconds (10 hours by default): the time after which a streaming session ends even while in use.',
  risk:
    'Very long sessions keep an authenticated desktop open for days: a session left running on an unattended or stolen device stays usable, and revoked users keep access until it ends.',
  remediation: {
    text: 'Lower the maximum session duration of the fleet to the length of a working day or less.',
    url: 'https://docs.aws.amazon.com/appstream2/latest/developerguide/set-up-stacks-fleets.html',
    ...fleetRemediation('MaxUserDurationInSeconds', 36000),
  },
  uses: [fleets],
  params: { max_session_duration_seconds: 36000 },
  run(ctx) {
    runFleetCheck(ctx, (f, label) => withinMaximum(f.maxUserDurationSeconds, ctx.params.max_session_duration_seconds, 'maximum session duration', label));
  },
});
