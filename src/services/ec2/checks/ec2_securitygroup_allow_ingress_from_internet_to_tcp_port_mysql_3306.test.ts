import check from './ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_mysql_3306.js';
import { describeSgPortCheck } from '../sg-port-cases.test-helper.js';

describeSgPortCheck(check, 'mysql');
