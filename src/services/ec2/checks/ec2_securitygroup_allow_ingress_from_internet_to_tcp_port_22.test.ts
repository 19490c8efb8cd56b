import check from './ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22.js';
import { describeTcpPortCheck } from '../tcp-port-cases.test-helper.js';

describeTcpPortCheck(check, 22);
