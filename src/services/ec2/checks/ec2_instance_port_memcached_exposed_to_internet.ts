import { instancePortCheck } from '../instance-port.js';

export default instancePortCheck({
  id: 'ec2_instance_port_memcached_exposed_to_internet',
  family: 'memcached',
  risk: 'Memcached has no authentication by default: exposed, its cache contents can be read or poisoned, and its UDP listener is abused for large reflection DDoS attacks.',
  instead: 'Keep Memcached in private subnets and disable its UDP listener.',
});
