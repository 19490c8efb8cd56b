import { instancePortCheck } from '../instance-port.js';

export default instancePortCheck({
  id: 'ec2_instance_port_elasticsearch_kibana_exposed_to_internet',
  family: 'elasticsearch_kibana',
  risk: 'Elasticsearch and Kibana on the internet are a leading cause of data leaks: open clusters are indexed by scanners, copied and wiped.',
  instead: 'Put the cluster and Kibana behind private networking or an authenticating proxy.',
});
