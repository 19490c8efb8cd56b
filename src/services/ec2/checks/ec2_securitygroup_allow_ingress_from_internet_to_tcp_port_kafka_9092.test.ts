import check from './ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_kafka_9092.js';
import { describeSgPortCheck } from '../sg-port-cases.test-helper.js';

describeSgPortCheck(check, 'kafka');
