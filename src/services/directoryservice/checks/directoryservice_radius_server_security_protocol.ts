import { defineCheck } from '../../../core/check.js';
import { RADIUS_TYPES, directories } from '../collectors.js';
import { RADIUS_REMEDIATION, eachDirectory } from '../directory-checks.js';

export default defineCheck({
  id: 'directoryservice_radius_server_security_protocol',
  title: 'Directory Service RADIUS servers authenticate with MS-CHAPv2',
  service: 'directoryservice',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['identity-access'],
  description:
    'For every Managed Microsoft AD and AD Connector directory with RADIUS settings, passes when the RADIUS authentication protocol is MS-CHAPv2, the strongest Directory Service offers; PAP, CHAP and MS-CHAPv1 fail. Directories without RADIUS are left to directoryservice_supported_mfa_radius_enabled.',
  risk: 'PAP sends the one-time code in a form any observer of the RADIUS traffic can recover, and CHAP and MS-CHAPv1 rest on broken MD4/MD5 constructions, so the MFA factor can be stolen or replayed.',
  remediation: {
    text: 'Change the directory\'s RADIUS authentication protocol to MS-CHAPv2 (and configure the RADIUS server to accept it).',
    url: 'https://docs.aws.amazon.com/directoryservice/latest/admin-guide/ms_ad_mfa.html',
    cli: 'aws ds update-radius --directory-id <directory-id> --radius-settings AuthenticationProtocol=MS-CHAPv2,RadiusServers=<ip>,RadiusPort=1812,RadiusTimeout=5,RadiusRetries=3,SharedSecret=<secret>',
    ...RADIUS_REMEDIATION,
  },
  uses: [directories],
  run(ctx) {
    for (const { d, resource } of eachDirectory(ctx, RADIUS_TYPES)) {
      if (!d.radius) continue;
      if (d.radius.protocol === 'MS-CHAPv2') ctx.pass(resource, `Directory ${d.id} (${d.name}) authenticates to its RADIUS server with MS-CHAPv2.`);
      else ctx.fail(resource, `Directory ${d.id} (${d.name}) authenticates to its RADIUS server with ${d.radius.protocol}, not MS-CHAPv2.`);
    }
  },
});
