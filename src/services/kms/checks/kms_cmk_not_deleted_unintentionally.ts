import { defineCheck } from '../../../core/check.js';
import { keys } from '../collectors.js';
import { runCustomerKeyCheck } from '../customer-keys.js';

export default defineCheck({
  id: 'kms_cmk_not_deleted_unintentionally',
  title: 'No customer managed KMS key is scheduled for deletion',
  service: 'kms',
  severity: 'critical',
  resourceType: 'AwsKmsKey',
  categories: ['encryption'],
  description: 'Flags customer managed KMS keys in the PendingDeletion state, with the date they will be destroyed, so an unintended deletion can be cancelled in time.',
  risk: 'When the waiting period ends the key material is destroyed for good, and every piece of data encrypted under it (volumes, backups, objects, secrets) becomes permanently unreadable.',
  remediation: {
    text: 'Confirm the deletion is intended. If not, cancel it and re-enable the key; add a CloudWatch alarm on ScheduleKeyDeletion events.',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys-scheduling-key-deletion.html',
    cli: 'aws kms cancel-key-deletion --key-id <key-id> && aws kms enable-key --key-id <key-id>',
  },
  uses: [keys],
  run(ctx) {
    runCustomerKeyCheck(ctx, (m, id) =>
      m.state === 'PendingDeletion' || m.state === 'PendingReplicaDeletion'
        ? [false, `KMS key ${id} is scheduled for deletion${m.deletionDate ? ` on ${m.deletionDate.slice(0, 10)}` : ''}.`]
        : [true, `KMS key ${id} is not scheduled for deletion.`],
    );
  },
});
