import { securityGroupPortCheck } from '../sg-port.js';

export default securityGroupPortCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_redis_6379',
  family: 'redis',
  risk: 'Redis open to the internet is routinely taken over: without authentication anyone can read, overwrite or use it to write files and run code.',
});
