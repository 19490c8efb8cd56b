import { describe } from 'vitest';
import check from './rds_instance_non_default_port.js';
import { instanceCases } from '../cases.test-helper.js';

describe('rds_instance_non_default_port', () => {
  instanceCases(check, {
    pass: [{}],
    fail: [{ port: 5432 }, { engine: "mysql", port: 3306 }],
    skip: [{ port: 5432, clusterId: "c1" }],
    failSays: "5432",
  });
});
