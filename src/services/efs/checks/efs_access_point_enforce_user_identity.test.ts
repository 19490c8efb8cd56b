import { describe } from 'vitest';
import check from './efs_access_point_enforce_user_identity.js';
import { accessPoints } from '../collectors.js';
import { makeAccessPoint } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('efs_access_point_enforce_user_identity', () => {
  // One finding per access point; Prowler reports one per file system that lists the offending access points.
  listCases(check, accessPoints, (id, o) => makeAccessPoint(id, 'fs-1', o), {
    pass: [{}, { posixUser: { uid: 2001, gid: 2001 }, name: 'batch' }],
    fail: [{ posixUser: undefined }],
    failSays: 'enforces no POSIX user',
    passSays: 'enforces POSIX user 1000 and group 1000',
  });
});
