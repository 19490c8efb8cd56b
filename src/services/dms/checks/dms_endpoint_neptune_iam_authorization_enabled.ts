import { defineCheck } from '../../../core/check.js';
import { eachListed } from '../../rds/listing.js';
import { endpoints } from '../collectors.js';

export default defineCheck({
  id: 'dms_endpoint_neptune_iam_authorization_enabled',
  title: 'DMS Neptune endpoints sign their requests with IAM',
  service: 'dms',
  severity: 'medium',
  resourceType: 'AwsDmsEndpoint',
  categories: ['identity-access'],
  description: 'Fails each DMS endpoint of the Neptune engine without IAM authorization, so DMS loads the graph without signed requests.',
  risk: 'A Neptune target loaded without IAM authorization accepts writes from anything that reaches it on the network, not only from the migration role.',
  remediation: {
    text: 'Enable IAM authorization on the Neptune endpoint (and IAM database authentication on the Neptune cluster), and give the DMS service role neptune-db permissions.',
    url: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.Neptune.html',
    cli: 'aws dms modify-endpoint --endpoint-arn <endpoint-arn> --neptune-settings IamAuthEnabled=true,ServiceAccessRoleArn=<role-arn>,S3BucketName=<bucket>,S3BucketFolder=<folder>',
    nativeIaC: 'NeptuneEndpoint:\n  Type: AWS::DMS::Endpoint\n  Properties:\n    EndpointType: target\n    EngineName: neptune\n    # ...\n    NeptuneSettings:\n      IamAuthEnabled: true\n      ServiceAccessRoleArn: !GetAtt DmsNeptuneRole.Arn\n      S3BucketName: !Ref StagingBucket\n      S3BucketFolder: neptune',
  },
  uses: [endpoints],
  run(ctx) {
    eachListed(ctx, endpoints, 'DMS endpoints', (e, resource) => {
      if (e.engine !== 'neptune') return;
      const L = `DMS Neptune endpoint ${e.id}`;
      if (e.neptuneIamAuth) ctx.pass(resource, `${L} uses IAM authorization.`);
      else ctx.fail(resource, `${L} does not use IAM authorization.`);
    });
  },
});
