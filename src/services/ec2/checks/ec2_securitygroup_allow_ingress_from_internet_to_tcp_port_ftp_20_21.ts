import { securityGroupPortCheck } from '../sg-port.js';

export default securityGroupPortCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_ftp_20_21',
  family: 'ftp',
  risk: 'FTP carries credentials and data in clear text; open to the internet it invites anonymous access, brute force and interception.',
});
