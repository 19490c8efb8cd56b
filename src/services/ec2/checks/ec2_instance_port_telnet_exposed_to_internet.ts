import { instancePortCheck } from '../instance-port.js';

export default instancePortCheck({
  id: 'ec2_instance_port_telnet_exposed_to_internet',
  family: 'telnet',
  risk: 'Telnet sends credentials and sessions in clear text and its daemons are rarely patched; exposed, it hands out logins to anyone listening or guessing.',
  instead: 'Replace Telnet with SSH or Session Manager.',
});
