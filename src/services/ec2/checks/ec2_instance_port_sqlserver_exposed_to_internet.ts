import { instancePortCheck } from '../instance-port.js';

export default instancePortCheck({
  id: 'ec2_instance_port_sqlserver_exposed_to_internet',
  family: 'sqlserver',
  risk: 'SQL Server and its browser service on the internet are brute-forced constantly and leak instance details; a compromised sa login runs commands on the host.',
  instead: 'Reach the database from application subnets or through a private connection only.',
});
