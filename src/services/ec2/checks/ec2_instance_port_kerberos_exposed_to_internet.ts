import { instancePortCheck } from '../instance-port.js';

export default instancePortCheck({
  id: 'ec2_instance_port_kerberos_exposed_to_internet',
  family: 'kerberos',
  risk: 'Kerberos services on the internet expose the domain to password spraying, user enumeration and ticket attacks such as AS-REP roasting.',
  instead: 'Reach domain controllers over a VPN or private networking only.',
});
