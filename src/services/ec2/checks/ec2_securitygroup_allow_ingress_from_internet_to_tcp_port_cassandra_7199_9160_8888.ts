import { securityGroupPortCheck } from '../sg-port.js';

export default securityGroupPortCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_cassandra_7199_9160_8888',
  family: 'cassandra',
  risk: 'Cassandra\'s client, Thrift, JMX and OpsCenter ports open to anyone let attackers read or alter data and, through JMX, run code on the nodes.',
});
