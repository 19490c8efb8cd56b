import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateUserCommand, DeleteUserCommand } from '@aws-sdk/client-iam';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { ClientPool, WriteRefusedError, isReadOperation } from './client.js';
import { startMoto, type Moto } from '../../test/helpers/moto.js';

describe('read-only guard', () => {
  it('classifies operations by name', () => {
    for (const op of ['DescribeInstances', 'GetBucketPolicy', 'ListUsers', 'LookupEvents', 'GenerateCredentialReport', 'BatchGetImage']) {
      expect(isReadOperation(op), op).toBe(true);
    }
    for (const op of ['CreateUser', 'DeleteBucket', 'PutBucketPolicy', 'UpdateAccountPasswordPolicy', 'TerminateInstances', 'Getaway', 'BatchImportFindings', 'AttachRolePolicy']) {
      expect(isReadOperation(op), op).toBe(false);
    }
  });

  describe('against moto', () => {
    let moto: Moto;
    beforeAll(async () => (moto = await startMoto()));
    afterAll(async () => moto?.stop());

    it('refuses writes from scanning clients before anything is sent', async () => {
      const pool = new ClientPool({
        credentials: async () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' }),
        extraConfig: { endpoint: moto.endpoint, forcePathStyle: true },
      });
      const iam = await pool.client('iam', 'us-east-1');
      await expect(iam.send(new CreateUserCommand({ UserName: 'mallory' }))).rejects.toBeInstanceOf(WriteRefusedError);
      await expect(iam.send(new DeleteUserCommand({ UserName: 'mallory' }))).rejects.toThrow(/refused/);
      const s3 = await pool.client('s3', 'us-east-1');
      await expect(s3.send(new CreateBucketCommand({ Bucket: 'nope' }))).rejects.toBeInstanceOf(WriteRefusedError);
      await expect(s3.send(new PutObjectCommand({ Bucket: 'nope', Key: 'k', Body: 'x' }))).rejects.toBeInstanceOf(WriteRefusedError);
      expect(pool.stats.total).toBe(0);
      // A read goes through and is counted.
      const { ListUsersCommand } = await import('@aws-sdk/client-iam');
      const res = await iam.send(new ListUsersCommand({}));
      expect(res.Users?.some((u) => u.UserName === 'mallory')).toBe(false);
      expect(pool.stats.total).toBe(1);
      pool.destroy();
    });
  });
});
