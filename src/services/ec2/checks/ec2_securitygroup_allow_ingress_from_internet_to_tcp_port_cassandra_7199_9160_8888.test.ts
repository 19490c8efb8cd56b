import check from './ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_cassandra_7199_9160_8888.js';
import { describeSgPortCheck } from '../sg-port-cases.test-helper.js';

describeSgPortCheck(check, 'cassandra');
