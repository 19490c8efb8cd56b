import { securityGroupPortCheck } from '../sg-port.js';

export default securityGroupPortCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_elasticsearch_kibana_9200_9300_5601',
  family: 'elasticsearch_kibana',
  risk: 'Open Elasticsearch and Kibana ports are indexed by scanners within hours and are a leading cause of large data leaks and wiped clusters.',
});
