import { instancePortCheck } from '../instance-port.js';

export default instancePortCheck({
  id: 'ec2_instance_port_oracle_exposed_to_internet',
  family: 'oracle',
  risk: 'Oracle listeners on the internet are fingerprinted and attacked through the TNS listener and default accounts.',
  instead: 'Reach the database from application subnets or through a private connection only.',
});
