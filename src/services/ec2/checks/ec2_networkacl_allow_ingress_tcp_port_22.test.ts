import check from './ec2_networkacl_allow_ingress_tcp_port_22.js';
import { describeNaclPortCheck } from '../nacl-port-cases.test-helper.js';

describeNaclPortCheck(check, 22);
