import { instancePortCheck } from '../instance-port.js';

export default instancePortCheck({
  id: 'ec2_instance_port_kafka_exposed_to_internet',
  family: 'kafka',
  risk: 'A Kafka broker on the internet lets anyone read or inject messages when listeners lack authentication, and leaks topic and cluster metadata.',
  instead: 'Expose brokers to application subnets only, with TLS and SASL authentication.',
});
