import { instancePortCheck } from '../instance-port.js';

export default instancePortCheck({
  id: 'ec2_instance_port_ldap_exposed_to_internet',
  family: 'ldap',
  risk: 'LDAP on the internet leaks directory data through anonymous binds, allows password guessing, and its UDP (CLDAP) listener is abused for reflection DDoS.',
  instead: 'Reach directory services over a VPN or private networking only.',
});
