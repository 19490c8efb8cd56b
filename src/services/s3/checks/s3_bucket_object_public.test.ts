import { describe, expect, it } from 'vitest';
import check from './s3_bucket_object_public.js';
import { buckets, objectAcls, type ObjectAclSample } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const bucket = (name: string) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'us-east-1' });
const sample = (o: Partial<ObjectAclSample> = {}): { ok: true; data: ObjectAclSample } => ({ ok: true, data: { sampled: 3, truncated: false, publicObjects: [], unreadable: 0, ...o } });
const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTH_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';

describe('s3_bucket_object_public', () => {
  it('fails buckets with an object ACL granting to AllUsers or AuthenticatedUsers, passes the rest saying why', () => {
    const names = ['clean', 'everyone', 'any-account', 'enforced', 'empty', 'big'];
    const findings = runCheck(
      check,
      new FixtureInventory().set(buckets, names.map(bucket)).set(objectAcls, {
        clean: sample(),
        everyone: sample({ publicObjects: [{ key: 'report.pdf', grants: [{ granteeType: 'Group', uri: ALL_USERS, permission: 'READ' }] }] }),
        'any-account': sample({ publicObjects: [{ key: 'a.csv', grants: [{ granteeType: 'Group', uri: AUTH_USERS, permission: 'FULL_CONTROL' }] }] }),
        enforced: sample({ skipped: 'ACLs are disabled (Object Ownership is BucketOwnerEnforced)', sampled: 0 }),
        empty: sample({ sampled: 0 }),
        big: sample({ sampled: 20, truncated: true }),
      }),
    );
    expect(statusById(findings)).toEqual({ clean: 'PASS', everyone: 'FAIL', 'any-account': 'FAIL', enforced: 'PASS', empty: 'PASS', big: 'PASS' });
    const says = Object.fromEntries(findings.map((f) => [f.resource.id, f.statusExtended]));
    expect(says.everyone).toContain('report.pdf (READ to everyone (AllUsers))');
    expect(says['any-account']).toContain('FULL_CONTROL to any AWS account (AuthenticatedUsers)');
    expect(says.enforced).toContain('BucketOwnerEnforced');
    expect(says.big).toContain('the first 20 of its objects');
  });

  it('ERROR naming the call for a bucket whose objects could not be listed, or whose sampled object ACLs could not be read', () => {
    const findings = runCheck(
      check,
      new FixtureInventory().set(buckets, [bucket('locked'), bucket('acl-denied'), bucket('partly-public')]).set(objectAcls, {
        locked: { ok: false, error: denied('s3:ListObjectsV2') },
        'acl-denied': sample({ unreadable: 2, error: denied('s3:GetObjectAcl') }),
        // A public object found is a FAIL even if another object could not be read.
        'partly-public': sample({ unreadable: 1, error: denied('s3:GetObjectAcl'), publicObjects: [{ key: 'k', grants: [{ granteeType: 'Group', uri: ALL_USERS, permission: 'READ' }] }] }),
      }),
    );
    expect(statusById(findings)).toEqual({ locked: 'ERROR', 'acl-denied': 'ERROR', 'partly-public': 'FAIL' });
    expect(findings.find((f) => f.resource.id === 'locked')?.statusExtended).toContain('s3:ListObjectsV2');
    expect(findings.find((f) => f.resource.id === 'acl-denied')?.statusExtended).toContain('s3:GetObjectAcl');
  });
});
