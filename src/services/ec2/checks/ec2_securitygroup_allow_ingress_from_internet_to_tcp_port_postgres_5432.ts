import { securityGroupPortCheck } from '../sg-port.js';

export default securityGroupPortCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_postgres_5432',
  family: 'postgresql',
  risk: 'An open PostgreSQL port invites password guessing and exploitation of server flaws; superuser access runs commands on the host.',
});
