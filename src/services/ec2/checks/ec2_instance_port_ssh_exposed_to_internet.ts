import { instancePortCheck } from '../instance-port.js';

export default instancePortCheck({
  id: 'ec2_instance_port_ssh_exposed_to_internet',
  family: 'ssh',
  risk: 'SSH on the internet draws constant brute-force and credential-stuffing traffic, and any flaw in the SSH daemon or a leaked key becomes a direct shell on the host.',
  instead: 'Use AWS Systems Manager Session Manager or EC2 Instance Connect Endpoint for administration.',
});
