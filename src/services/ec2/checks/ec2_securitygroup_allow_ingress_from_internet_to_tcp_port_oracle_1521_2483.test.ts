import check from './ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_oracle_1521_2483.js';
import { describeSgPortCheck } from '../sg-port-cases.test-helper.js';

describeSgPortCheck(check, 'oracle');
