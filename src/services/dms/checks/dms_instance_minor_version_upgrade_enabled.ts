import { defineCheck } from '../../../core/check.js';
import { eachListed } from '../../rds/listing.js';
import { replicationInstances } from '../collectors.js';

export default defineCheck({
  id: 'dms_instance_minor_version_upgrade_enabled',
  title: 'DMS replication instances take minor engine upgrades automatically',
  service: 'dms',
  severity: 'medium',
  resourceType: 'AwsDmsReplicationInstance',
  categories: ['vulnerabilities'],
  description: 'Passes each replication instance with automatic minor version upgrade on, so it gets new DMS engine minor versions in its maintenance window.',
  risk: 'An instance pinned to an old minor version keeps known bugs and security flaws that later minor versions fix.',
  remediation: {
    text: 'Turn on automatic minor version upgrade for the replication instance.',
    url: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.Upgrade.html',
    cli: 'aws dms modify-replication-instance --replication-instance-arn <instance-arn> --auto-minor-version-upgrade --apply-immediately',
    nativeIaC: 'Migrator:\n  Type: AWS::DMS::ReplicationInstance\n  Properties:\n    ReplicationInstanceClass: <instance-class>\n    # ...\n    AutoMinorVersionUpgrade: true',
    terraform: 'resource "aws_dms_replication_instance" "migrator" {\n  # ...\n  auto_minor_version_upgrade = true\n}',
  },
  uses: [replicationInstances],
  run(ctx) {
    eachListed(ctx, replicationInstances, 'DMS replication instances', (x, resource) => {
      const L = `DMS replication instance ${x.id}`;
      if (x.autoMinorVersionUpgrade) ctx.pass(resource, `${L} upgrades its minor version automatically.`);
      else ctx.fail(resource, `${L} does not upgrade its minor version automatically${x.engineVersion ? ` (it runs ${x.engineVersion})` : ''}.`);
    });
  },
});
