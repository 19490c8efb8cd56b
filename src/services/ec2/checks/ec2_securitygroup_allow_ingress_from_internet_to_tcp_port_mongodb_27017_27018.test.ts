import check from './ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_mongodb_27017_27018.js';
import { describeSgPortCheck } from '../sg-port-cases.test-helper.js';

describeSgPortCheck(check, 'mongodb');
