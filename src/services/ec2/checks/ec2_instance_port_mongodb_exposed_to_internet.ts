import { instancePortCheck } from '../instance-port.js';

export default instancePortCheck({
  id: 'ec2_instance_port_mongodb_exposed_to_internet',
  family: 'mongodb',
  risk: 'Internet-facing MongoDB instances are routinely found without authentication, copied and held for ransom.',
  instead: 'Reach MongoDB from application subnets only and require authentication.',
});
