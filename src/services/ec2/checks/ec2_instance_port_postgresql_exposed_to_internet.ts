import { instancePortCheck } from '../instance-port.js';

export default instancePortCheck({
  id: 'ec2_instance_port_postgresql_exposed_to_internet',
  family: 'postgresql',
  risk: 'A PostgreSQL listener on the internet is probed for weak passwords and known vulnerabilities; a foothold exposes every database on the server.',
  instead: 'Reach the database from application subnets or through a private connection only.',
});
