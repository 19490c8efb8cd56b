import { defineCheck } from '../../../core/check.js';
import { keys } from '../collectors.js';
import { runCustomerKeyCheck } from '../customer-keys.js';

export default defineCheck({
  id: 'kms_cmk_are_used',
  title: 'Customer managed KMS keys are enabled, not left disabled',
  service: 'kms',
  severity: 'low',
  resourceType: 'AwsKmsKey',
  categories: ['encryption'],
  description: 'Flags customer managed KMS keys that are disabled: they cost money, protect nothing new and may still be needed to read old data. Keys pending deletion are left to kms_cmk_not_deleted_unintentionally.',
  risk: 'A disabled key is either forgotten (cost and clutter, and a key someone may re-enable without review) or still protecting data that becomes unreadable without anyone noticing.',
  remediation: {
    text: 'Re-enable the key if data still depends on it; otherwise confirm nothing uses it (CloudTrail Decrypt events) and schedule its deletion with the maximum waiting period.',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/enabling-keys.html',
    cli: 'aws kms schedule-key-deletion --key-id <key-id> --pending-window-in-days 30',
  },
  uses: [keys],
  run(ctx) {
    runCustomerKeyCheck(ctx, (m, id) => {
      if (m.state === 'PendingDeletion' || m.state === 'PendingReplicaDeletion') return null;
      if (m.state === 'Disabled') return [false, `KMS key ${id} is disabled.`];
      return [true, `KMS key ${id} is ${m.state.toLowerCase()}.`];
    });
  },
});
