import { instancePortCheck } from '../instance-port.js';

export default instancePortCheck({
  id: 'ec2_instance_port_cassandra_exposed_to_internet',
  family: 'cassandra',
  risk: 'Cassandra client, inter-node and JMX ports on the internet allow reading or changing data and, through JMX, running code on the node.',
  instead: 'Keep the cluster in private subnets and reach it from application subnets only.',
});
