import { defineCheck } from '../../../core/check.js';
import { eachListed } from '../../rds/listing.js';
import { replicationInstances } from '../collectors.js';

export default defineCheck({
  id: 'dms_instance_multi_az_enabled',
  title: 'DMS replication instances run in Multi-AZ',
  service: 'dms',
  severity: 'medium',
  resourceType: 'AwsDmsReplicationInstance',
  categories: ['resilience'],
  description: 'Passes each replication instance deployed in Multi-AZ, with a standby replica in a second Availability Zone that takes over on failure.',
  risk: 'A single-AZ replication instance stops every migration and ongoing replication task it runs when its zone or host fails.',
  remediation: {
    text: 'Modify the replication instance to a Multi-AZ deployment.',
    url: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.html',
    cli: 'aws dms modify-replication-instance --replication-instance-arn <instance-arn> --multi-az --apply-immediately',
    nativeIaC: 'Migrator:\n  Type: AWS::DMS::ReplicationInstance\n  Properties:\n    ReplicationInstanceClass: <instance-class>\n    # ...\n    MultiAZ: true',
    terraform: 'resource "aws_dms_replication_instance" "migrator" {\n  # ...\n  multi_az = true\n}',
  },
  uses: [replicationInstances],
  run(ctx) {
    eachListed(ctx, replicationInstances, 'DMS replication instances', (x, resource) => {
      const L = `DMS replication instance ${x.id}`;
      if (x.multiAz) ctx.pass(resource, `${L} is deployed in Multi-AZ.`);
      else ctx.fail(resource, `${L} runs in a single Availability Zone.`);
    });
  },
});
