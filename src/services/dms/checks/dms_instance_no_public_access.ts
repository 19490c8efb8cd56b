import { defineCheck } from '../../../core/check.js';
import type { CallError } from '../../../core/types.js';
import { ALL_PORT_RANGES } from '../../../lib/network/ports.js';
import { endpointExposure, describeOpening, type Endpoint } from '../../../lib/network/reachability.js';
import { eachListed } from '../../rds/listing.js';
import { describeBlocked, describeReachable, regionNetworks } from '../../ec2/shared.js';
import { networkAcls, securityGroups } from '../../ec2/collectors.js';
import { routeTables } from '../../vpc/collectors.js';
import { replicationInstances, type ReplicationInstance } from '../collectors.js';

/**
 * The network interface of a replication instance sits in one subnet of its replication subnet group (which
 * one is not reported), so each subnet is tried: the instance counts as reachable when it is through any.
 */
const endpointsOf = (x: ReplicationInstance): Endpoint[] =>
  (x.subnetIds.length ? x.subnetIds : [undefined]).map((subnetId) => ({
    subnetId,
    vpcId: x.vpcId,
    securityGroupIds: x.securityGroupIds,
    publicIpv4: x.publicIps[0],
  }));

const notFound = (operation: string, what: string): CallError => ({ kind: 'Failed', code: 'NotFound', operation, message: `${what} not in the collected list` });

export default defineCheck({
  id: 'dms_instance_no_public_access',
  title: 'DMS replication instances cannot be reached from the internet',
  service: 'dms',
  severity: 'critical',
  resourceType: 'AwsDmsReplicationInstance',
  categories: ['internet-exposed'],
  description:
    'Fails each replication instance that is publicly accessible (it has a public IP address) and that the internet actually reaches: a security group admits some port from every public address ' +
    '(0.0.0.0/0, ::/0 or rules adding up to it), a subnet of its replication subnet group routes the internet to an internet gateway, and the network ACL lets the traffic in and the replies out. ' +
    'A publicly accessible instance that none of this exposes passes, and the message says what blocks it.',
  risk: 'A replication instance holds the credentials of both source and target databases and streams their data; reachable from the internet, it is open to scanning, brute force and exploits.',
  remediation: {
    text: 'Create replication instances without public accessibility (it cannot be changed later: recreate the instance and move its tasks), and keep their security groups closed to the internet.',
    url: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.PublicPrivate.html',
    cli: 'aws dms create-replication-instance --replication-instance-identifier <name> --replication-instance-class dms.t3.medium --no-publicly-accessible --replication-subnet-group-identifier <private-subnet-group>',
    nativeIaC: 'Migrator:\n  Type: AWS::DMS::ReplicationInstance\n  Properties:\n    ReplicationInstanceClass: <instance-class>\n    # ...\n    PubliclyAccessible: false\n    ReplicationSubnetGroupIdentifier: !Ref PrivateSubnetGroup\n    VpcSecurityGroupIds:\n      - !Ref DmsSecurityGroup',
    terraform: 'resource "aws_dms_replication_instance" "migrator" {\n  # ...\n  publicly_accessible         = false\n  replication_subnet_group_id = aws_dms_replication_subnet_group.private.id\n  vpc_security_group_ids      = [aws_security_group.dms.id]\n}',
  },
  uses: [replicationInstances, securityGroups, networkAcls, routeTables],
  run(ctx) {
    const nets = regionNetworks(ctx);
    eachListed(ctx, replicationInstances, 'DMS replication instances', (x, resource, region) => {
      const L = `DMS replication instance ${x.id}`;
      if (!x.publiclyAccessible) return ctx.pass(resource, `${L} is not publicly accessible.`);
      const net = nets.get(region);
      if (!net?.view) {
        const error = net?.groupsError ?? notFound(securityGroups.operation, `security group ${x.securityGroupIds.join(', ')}`);
        return ctx.error(resource, error, `Could not evaluate ${L}: its security groups could not be read.`);
      }
      const results = endpointsOf(x).map((ep) => endpointExposure(net.view!, ep, ALL_PORT_RANGES));
      const missing = [...new Set(results.flatMap((r) => r.missingGroups))];
      if (missing.length) return ctx.error(resource, notFound(securityGroups.operation, `security group ${missing.join(', ')}`), `Could not evaluate ${L}: its security group ${missing.join(', ')} was not found.`);
      const exposures = results.flatMap((r) => r.exposures);
      const reachable = exposures.filter((e) => e.reachable === true);
      if (reachable.length) return ctx.fail(resource, `${L} is publicly accessible and the internet reaches it: ${describeReachable(reachable)}.`);
      const unknown = exposures.find((e) => e.reachable === undefined);
      if (unknown) {
        const acl = unknown.unknown === 'networkAcls';
        const error = (acl ? net.aclError : net.routeError) ?? notFound(acl ? networkAcls.operation : routeTables.operation, acl ? 'network ACL of the subnet' : 'route table of the subnet');
        return ctx.error(resource, error, `Could not tell whether ${L} is reachable from the internet: ${describeOpening(unknown)} is open in its security groups, and ${error.operation} did not give the ${acl ? 'network ACL' : 'route table'} of its subnet.`);
      }
      if (exposures.length) return ctx.pass(resource, `${L} is publicly accessible, but the internet does not reach it: ${describeBlocked(exposures)}.`);
      ctx.pass(resource, `${L} is publicly accessible, but no security group of it admits traffic from the internet.`);
    });
  },
});
