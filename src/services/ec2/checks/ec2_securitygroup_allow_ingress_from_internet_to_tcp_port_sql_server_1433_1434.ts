import { securityGroupPortCheck } from '../sg-port.js';

export default securityGroupPortCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_sql_server_1433_1434',
  family: 'sqlserver',
  risk: 'Open SQL Server and SQL Browser ports invite brute force against sa and other logins and leak instance details.',
});
