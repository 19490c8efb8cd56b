import { securityGroupPortCheck } from '../sg-port.js';

export default securityGroupPortCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_mysql_3306',
  family: 'mysql',
  risk: 'An open MySQL port invites password guessing and exploitation of server flaws, putting the stored data one weak credential away from theft.',
});
