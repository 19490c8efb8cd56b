import { securityGroupPortCheck } from '../sg-port.js';

export default securityGroupPortCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_oracle_1521_2483',
  family: 'oracle',
  risk: 'Open Oracle listener ports are fingerprinted and attacked through the TNS listener and default accounts.',
});
