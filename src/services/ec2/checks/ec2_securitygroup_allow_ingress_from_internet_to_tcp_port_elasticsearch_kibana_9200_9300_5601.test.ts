import check from './ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_elasticsearch_kibana_9200_9300_5601.js';
import { describeSgPortCheck } from '../sg-port-cases.test-helper.js';

describeSgPortCheck(check, 'elasticsearch_kibana');
