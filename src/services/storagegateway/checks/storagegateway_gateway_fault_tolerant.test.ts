import { describe } from 'vitest';
import check from './storagegateway_gateway_fault_tolerant.js';
import { gateways } from '../collectors.js';
import { makeGateway } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

// Prowler fails only EC2-hosted gateways; Hyper-V and KVM hosts have no high availability that Storage
// Gateway supports either (only VMware vSphere HA is), so they fail here too.
describe('storagegateway_gateway_fault_tolerant (facts from aws-sdk-client-mock: moto lacks storagegateway)', () => {
  listCases(check, gateways, makeGateway, {
    pass: [{}, { hostEnvironment: 'SNOWBALL' }],
    fail: [{ hostEnvironment: 'EC2', ec2InstanceId: 'i-0abc' }, { hostEnvironment: 'HYPER-V' }, { hostEnvironment: 'KVM' }],
    failSays: 'one EC2 instance',
    passSays: 'vSphere High Availability',
  });
});
