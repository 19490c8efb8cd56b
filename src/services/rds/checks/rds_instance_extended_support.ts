import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { eachInstance } from '../instances.js';

export default defineCheck({
  id: 'rds_instance_extended_support',
  title: "RDS DB instances are not enrolled in RDS Extended Support",
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbInstance',
  categories: ["vulnerabilities"],
  description:
    "Fails each DB instance enrolled in RDS Extended Support (EngineLifecycleSupport open-source-rds-extended-support), which keeps it on a major version past its end of standard support at an extra charge instead of upgrading it.",
  risk: "An engine past standard support receives only critical fixes for a limited time and costs more every hour; the upgrade is only postponed.",
  remediation: {
    text: "Upgrade to a major version in standard support, and create new instances with --engine-lifecycle-support open-source-rds-extended-support-disabled.",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support.html",
    cli: "aws rds modify-db-instance --db-instance-identifier <instance> --engine-version <supported-version> --allow-major-version-upgrade --apply-immediately",
    terraform:
      'resource "aws_db_instance" "this" {\n  identifier               = "<db-id>"\n  instance_class           = "<instance-class>"\n  engine                   = "<engine>"\n  engine_version           = "<version-in-standard-support>"\n  engine_lifecycle_support = "open-source-rds-extended-support-disabled"\n}',
  },
  uses: [instances],
  run(ctx) {
    eachInstance(ctx, (x, resource) => {
      const L = `RDS instance ${x.id} (${x.engine})`;
      if (x.engineLifecycleSupport !== "open-source-rds-extended-support") ctx.pass(resource, `${L} is not enrolled in RDS Extended Support${x.engineLifecycleSupport ? "" : " (no lifecycle setting reported)"}.`);
      else ctx.fail(resource, `${L} (version ${x.engineVersion}) is enrolled in RDS Extended Support.`);
    });
  },
});
