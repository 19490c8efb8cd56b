import { securityGroupPortCheck } from '../sg-port.js';

export default securityGroupPortCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_telnet_23',
  family: 'telnet',
  risk: 'Telnet sends credentials in clear text and its daemons are rarely patched; open to anyone, it is an easy way in.',
});
