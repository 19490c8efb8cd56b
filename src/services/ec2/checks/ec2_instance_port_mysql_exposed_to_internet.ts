import { instancePortCheck } from '../instance-port.js';

export default instancePortCheck({
  id: 'ec2_instance_port_mysql_exposed_to_internet',
  family: 'mysql',
  risk: 'A database listener on the internet is probed within minutes for weak passwords and unpatched versions; a single guess exposes the data it holds.',
  instead: 'Reach the database from application subnets or through a private connection only.',
});
