import check from './ec2_instance_port_cifs_exposed_to_internet.js';
import { describeInstancePortCheck } from '../instance-port-cases.test-helper.js';

// Differs from Prowler: an instance whose group is open but that the internet cannot reach (no public
// address, no internet route, network ACL deny) passes with the reason; Prowler fails it at lower severity.
describeInstancePortCheck(check, 'cifs');
