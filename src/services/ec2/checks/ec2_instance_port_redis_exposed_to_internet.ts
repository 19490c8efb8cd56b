import { instancePortCheck } from '../instance-port.js';

export default instancePortCheck({
  id: 'ec2_instance_port_redis_exposed_to_internet',
  family: 'redis',
  risk: 'Redis without authentication on the internet lets anyone read and overwrite data and often run code on the host through its configuration commands.',
  instead: 'Keep Redis in private subnets and require authentication and TLS.',
});
