import { defineCheck } from '../../../core/check.js';
import { RADIUS_TYPES, directories } from '../collectors.js';
import { RADIUS_REMEDIATION, eachDirectory } from '../directory-checks.js';

export default defineCheck({
  id: 'directoryservice_supported_mfa_radius_enabled',
  title: 'Directory Service directories that support MFA have RADIUS MFA enabled',
  service: 'directoryservice',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['identity-access'],
  description:
    'For every Managed Microsoft AD and AD Connector directory (the types that support multi-factor authentication through RADIUS), passes when RADIUS MFA is configured and its status is Completed. A directory with no RADIUS configuration fails (Prowler skips it, so an account with no MFA at all passes there). Simple AD is skipped: it cannot do MFA.',
  risk: 'Without MFA, a guessed or phished directory password is enough to sign in to WorkSpaces, the AWS console through the directory, and every application that trusts it.',
  remediation: {
    text: 'Set up a RADIUS server backed by your MFA provider and enable multi-factor authentication for the directory.',
    url: 'https://docs.aws.amazon.com/directoryservice/latest/admin-guide/ms_ad_mfa.html',
    cli: 'aws ds enable-radius --directory-id <directory-id> --radius-settings AuthenticationProtocol=MS-CHAPv2,RadiusServers=<ip>,RadiusPort=1812,RadiusTimeout=5,RadiusRetries=3,SharedSecret=<secret>',
    ...RADIUS_REMEDIATION,
  },
  uses: [directories],
  run(ctx) {
    for (const { d, resource } of eachDirectory(ctx, RADIUS_TYPES)) {
      if (!d.radius) ctx.fail(resource, `Directory ${d.id} (${d.name}) has no RADIUS multi-factor authentication configured.`);
      else if (d.radius.status === 'Completed') ctx.pass(resource, `Directory ${d.id} (${d.name}) has RADIUS multi-factor authentication enabled.`);
      else ctx.fail(resource, `Directory ${d.id} (${d.name}) has RADIUS multi-factor authentication in status ${d.radius.status}, not Completed.`);
    }
  },
});
