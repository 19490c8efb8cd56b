import { instancePortCheck } from '../instance-port.js';

export default instancePortCheck({
  id: 'ec2_instance_port_cifs_exposed_to_internet',
  family: 'cifs',
  risk: 'SMB and NetBIOS exposed to the internet are a classic worm and ransomware entry point and leak file shares and credentials through relay and brute-force attacks.',
  instead: 'Reach file shares over a VPN, AWS Direct Connect or private networking only.',
});
