import check from './ec2_instance_port_postgresql_exposed_to_internet.js';
import { describeInstancePortCheck } from '../instance-port-cases.test-helper.js';

describeInstancePortCheck(check, 'postgresql');
