import { defineCheck } from '../../../core/check.js';
import { databases } from '../collectors.js';
import { listed } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 'lightsail_database_public',
  title: "Lightsail databases are not publicly accessible",
  service: 'lightsail',
  severity: 'high',
  resourceType: 'Other',
  categories: ['internet-exposed'],
  description:
    "Reports Lightsail relational databases in public mode, reachable from outside Lightsail.",
  risk:
    "A public database endpoint can be reached by anyone on the internet: brute-force of credentials and exploitation of engine vulnerabilities become possible.",
  remediation: {
    text: "Turn public mode off so only resources in the same Lightsail region reach the database.",
    url: 'https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-changing-database-public-mode.html',
    cli: 'aws lightsail update-relational-database --relational-database-name <db> --no-publicly-accessible',
    terraform:
      'resource "aws_lightsail_database" "this" {\n  relational_database_name = "<name>"\n  blueprint_id             = "<blueprint-id>"\n  bundle_id                = "<bundle-id>"\n  master_database_name     = "<db-name>"\n  master_username          = "<admin-name>"\n  master_password          = "<password-from-a-secret-store>"\n  publicly_accessible      = false\n}',
    nativeIaC:
      'Resources:\n  Database:\n    Type: AWS::Lightsail::Database\n    Properties:\n      RelationalDatabaseName: <name>\n      RelationalDatabaseBlueprintId: <blueprint-id>\n      RelationalDatabaseBundleId: <bundle-id>\n      MasterDatabaseName: <db-name>\n      MasterUsername: <admin-name>\n      PubliclyAccessible: false',
  },
  uses: [databases],
  run(ctx) {
    for (const { region, result } of ctx.regional(databases)) {
      for (const r of listed(ctx, region, result, 'Lightsail databases')) {
        const resource = { arn: r.arn, id: r.name, name: r.name, region };
        if (r.publiclyAccessible) ctx.fail(resource, `Lightsail database ${r.name} is publicly accessible.`);
        else ctx.pass(resource, `Lightsail database ${r.name} is not publicly accessible.`);
      }
    }
  },
});
