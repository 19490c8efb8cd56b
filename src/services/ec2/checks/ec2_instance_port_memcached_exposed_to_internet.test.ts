import check from './ec2_instance_port_memcached_exposed_to_internet.js';
import { describeInstancePortCheck } from '../instance-port-cases.test-helper.js';

describeInstancePortCheck(check, 'memcached');
