/** Test-only builders for AWS Backup facts. */
import type { BackupSelection, BackupVault, RecoveryPoint, SelectionConditions } from './collectors.js';

type SelectionInput = Partial<Omit<BackupSelection, 'conditions'>> & { conditions?: Partial<SelectionConditions> };

export const makeSelection = (o: SelectionInput = {}): BackupSelection => ({
  id: o.id ?? 'sel-1',
  name: 'sel',
  planId: 'plan-1',
  planName: 'plan',
  resources: [],
  notResources: [],
  listOfTags: [],
  ...o,
  conditions: { stringEquals: [], stringNotEquals: [], stringLike: [], stringNotLike: [], ...o.conditions },
});

export const makeVault = (name: string, o: Partial<BackupVault> = {}): BackupVault => ({
  id: name,
  name,
  arn: `arn:aws:backup:us-east-1:123456789012:backup-vault:${name}`,
  encryptionKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/k',
  vaultType: 'BACKUP_VAULT',
  recoveryPoints: 0,
  ...o,
});

export const makeRecoveryPoint = (id: string, o: Partial<RecoveryPoint> = {}): RecoveryPoint => ({
  id,
  arn: `arn:aws:backup:us-east-1:123456789012:recovery-point:${id}`,
  vaultName: 'main',
  resourceArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders',
  resourceType: 'DynamoDB',
  encrypted: true,
  status: 'COMPLETED',
  ...o,
});
