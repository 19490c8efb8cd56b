import { describe } from 'vitest';
import check from './rds_instance_iam_authentication_enabled.js';
import { instanceCases } from '../cases.test-helper.js';

describe('rds_instance_iam_authentication_enabled', () => {
  instanceCases(check, {
    pass: [{}],
    fail: [{ iamAuth: false }, { iamAuth: false, engine: "mariadb" }],
    skip: [{ iamAuth: false, engine: "sqlserver-se" }, { iamAuth: false, clusterId: "c1" }],
  });
});
