import { securityGroupPortCheck } from '../sg-port.js';

export default securityGroupPortCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_mongodb_27017_27018',
  family: 'mongodb',
  risk: 'Open MongoDB ports are continuously scanned; databases found without authentication are copied and held for ransom.',
});
