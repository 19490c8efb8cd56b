import check from './ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_memcached_11211.js';
import { describeSgPortCheck } from '../sg-port-cases.test-helper.js';

describeSgPortCheck(check, 'memcached');
