import { securityGroupPortCheck } from '../sg-port.js';

export default securityGroupPortCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_memcached_11211',
  family: 'memcached',
  risk: 'Memcached has no authentication by default, so open ports leak and poison cached data; its UDP listener powers record-size reflection DDoS attacks.',
});
