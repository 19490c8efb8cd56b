import { defineCheck } from '../../../core/check.js';
import { daxClusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'dynamodb_accelerator_cluster_encryption_enabled',
  title: "DAX clusters encrypt data at rest",
  service: 'dynamodb',
  severity: 'medium',
  resourceType: 'Other',
  categories: ["encryption"],
  description:
    "Passes each DynamoDB Accelerator (DAX) cluster with server-side encryption at rest enabled.",
  risk: "Cached items, configuration and logs on the DAX nodes stay in clear on disk.",
  remediation: {
    text: "Encryption at rest is set at creation: create a new DAX cluster with SSE enabled and move clients to it.",
    url: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html",
    cli: "aws dax create-cluster --cluster-name <name> --node-type <type> --replication-factor 3 --iam-role-arn <role> --sse-specification Enabled=true",
  },
  uses: [daxClusters],
  run(ctx) {
    eachListed(ctx, daxClusters, "DAX clusters", (x, resource) => {
      const L = `DAX cluster ${x.id}`;
      if (x.sseStatus === "ENABLED") ctx.pass(resource, `${L} encrypts data at rest.`);
      else ctx.fail(resource, `${L} does not encrypt data at rest.`);
    });
  },
});
