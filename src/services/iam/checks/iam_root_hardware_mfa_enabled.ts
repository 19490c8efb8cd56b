import { defineCheck } from '../../../core/check.js';
import { accountSummary, credentialReport, virtualMfaDevices } from '../collectors.js';
import { rootCredentials } from '../credentials.js';

export default defineCheck({
  id: 'iam_root_hardware_mfa_enabled',
  title: 'Root user is protected by a hardware MFA device',
  service: 'iam',
  severity: 'critical',
  resourceType: 'AwsIamUser',
  categories: ['identity-access'],
  description:
    'Checks that the root user has MFA and that none of its MFA devices is a virtual (authenticator app) device. A root MFA that does not appear among the virtual devices is a hardware TOTP token or a FIDO security key.',
  risk: 'A virtual MFA lives on a phone or laptop that can be lost, backed up to the cloud, or compromised together with the password, which weakens the strongest identity in the account.',
  remediation: {
    text: 'Register a FIDO security key or hardware TOTP token for the root user and remove its virtual MFA device.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-hw-mfa-for-root.html',
    cli: 'aws iam list-virtual-mfa-devices --assignment-status Assigned',
  },
  uses: [credentialReport, accountSummary, virtualMfaDevices],
  run(ctx) {
    const root = rootCredentials(ctx);
    if (!root) return;
    const account = ctx.accountResource();
    if (!root.mfaActive) {
      if (root.source === 'credential report' && root.noCredentials) {
        return ctx.manual(
          account,
          'The root user has no MFA, but also no password, access key or signing certificate; verify that centralized root access blocks password recovery for this account, or register a hardware MFA device.',
        );
      }
      return ctx.fail(account, 'The root user has no MFA device at all, hardware or virtual.');
    }
    const devices = ctx.global(virtualMfaDevices);
    if (!devices.ok) return ctx.error(account, devices.error);
    const virtual = devices.data.filter((d) => (d.userArn ? d.userArn.endsWith(':root') : d.serialNumber.endsWith('/root-account-mfa-device')));
    if (virtual.length === 0) return ctx.pass(account, 'The root user has MFA enabled and no virtual MFA device, so its MFA is hardware.');
    ctx.fail(account, `The root user uses a virtual MFA device (${virtual.map((d) => d.serialNumber).join(', ')}) rather than hardware MFA only.`);
  },
});
