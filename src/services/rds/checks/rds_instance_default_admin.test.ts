import { describe } from 'vitest';
import check from './rds_instance_default_admin.js';
import { instanceCases } from '../cases.test-helper.js';

describe('rds_instance_default_admin', () => {
  instanceCases(check, {
    pass: [{}],
    fail: [{ masterUsername: "admin" }, { masterUsername: "Postgres" }],
    skip: [{ masterUsername: "admin", clusterId: "c1" }],
    failSays: "admin",
  });
});
