import { securityGroupPortCheck } from '../sg-port.js';

export default securityGroupPortCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_kafka_9092',
  family: 'kafka',
  risk: 'An open Kafka listener lets anyone produce or consume messages when authentication is not enforced, and reveals cluster metadata.',
});
