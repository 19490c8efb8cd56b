import { instancePortCheck } from '../instance-port.js';

export default instancePortCheck({
  id: 'ec2_instance_port_rdp_exposed_to_internet',
  family: 'rdp',
  risk: 'Remote Desktop on the internet is one of the most common ransomware entry points: password spraying, stolen credentials and RDP vulnerabilities give an interactive session on the host.',
  instead: 'Use Fleet Manager remote desktop, a VPN or a bastion reached privately.',
});
