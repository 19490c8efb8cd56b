import { instancePortCheck } from '../instance-port.js';

export default instancePortCheck({
  id: 'ec2_instance_port_ftp_exposed_to_internet',
  family: 'ftp',
  risk: 'FTP sends credentials and files in clear text and FTP servers are a frequent source of anonymous access and data leaks.',
  instead: 'Use SFTP over a private path, AWS Transfer Family or S3 with signed URLs.',
});
