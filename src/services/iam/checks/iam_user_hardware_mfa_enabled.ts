import { defineCheck } from '../../../core/check.js';
import { userMfaDevices } from '../collectors.js';

export default defineCheck({
  id: 'iam_user_hardware_mfa_enabled',
  title: 'IAM users use a hardware MFA device or FIDO security key',
  service: 'iam',
  severity: 'high',
  resourceType: 'AwsIamUser',
  categories: ['identity-access'],
  description:
    'For every IAM user, lists the MFA devices (a user whom a credential report of the last 15 minutes shows without MFA, and who has no virtual device, is not asked again) and passes when at least one is a hardware TOTP token or a FIDO security key; users with only virtual (authenticator app) devices, or none, fail.',
  risk: 'Virtual MFA codes live on a phone that can be phished, cloned or lost with its backups; a dedicated hardware device or FIDO key resists phishing and device compromise far better.',
  remediation: {
    text: 'Register a FIDO security key or a hardware TOTP token for each user and remove virtual devices once the hardware one works. Prefer federated access through IAM Identity Center over IAM users.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_fido.html',
  },
  uses: [userMfaDevices],
  run(ctx) {
    const list = ctx.global(userMfaDevices);
    if (!list.ok) return ctx.error(ctx.accountResource(), list.error);
    for (const u of list.data) {
      const resource = { arn: u.arn, id: u.name, name: u.name, region: ctx.homeRegion };
      if (!u.devices.ok) {
        ctx.error(resource, u.devices.error);
        continue;
      }
      const strong = u.devices.data.filter((d) => d.type !== 'virtual');
      if (strong.length) ctx.pass(resource, `User ${u.name} has a ${strong[0].type === 'u2f' ? 'FIDO security key' : 'hardware MFA device'}.`);
      else if (u.devices.data.length) ctx.fail(resource, `User ${u.name} has only virtual MFA device(s), no hardware device or security key.`);
      else ctx.fail(resource, `User ${u.name} has no MFA device at all${u.reportedAt ? ` (credential report of ${u.reportedAt})` : ''}.`);
    }
  },
});
