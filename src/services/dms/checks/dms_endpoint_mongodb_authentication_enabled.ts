import { defineCheck } from '../../../core/check.js';
import { eachListed } from '../../rds/listing.js';
import { endpoints } from '../collectors.js';

export default defineCheck({
  id: 'dms_endpoint_mongodb_authentication_enabled',
  title: 'DMS MongoDB endpoints authenticate to the database',
  service: 'dms',
  severity: 'medium',
  resourceType: 'AwsDmsEndpoint',
  categories: ['identity-access'],
  description: 'Fails each DMS endpoint of the MongoDB engine whose authentication type is "no", meaning DMS connects without credentials.',
  risk: 'A MongoDB source that DMS can read without credentials can be read the same way by anyone else who reaches it on the network.',
  remediation: {
    text: 'Set the endpoint authentication type to password, with a database user limited to what the migration needs (ideally stored in Secrets Manager).',
    url: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.MongoDB.html',
    cli: 'aws dms modify-endpoint --endpoint-arn <endpoint-arn> --mongo-db-settings AuthType=password,AuthMechanism=scram-sha-1,AuthSource=admin --username <user> --password <password>',
    nativeIaC: 'MongoEndpoint:\n  Type: AWS::DMS::Endpoint\n  Properties:\n    EndpointType: source\n    EngineName: mongodb\n    # ...\n    MongoDbSettings:\n      AuthType: password\n      AuthMechanism: scram_sha_1\n      AuthSource: admin\n      SecretsManagerSecretId: !Ref MongoSecret\n      SecretsManagerAccessRoleArn: !GetAtt DmsSecretRole.Arn',
    terraform: 'resource "aws_dms_endpoint" "mongo" {\n  engine_name = "mongodb"\n  # ...\n  mongodb_settings {\n    auth_type      = "password"\n    auth_mechanism = "scram-sha-1"\n    auth_source    = "admin"\n  }\n}',
  },
  uses: [endpoints],
  run(ctx) {
    eachListed(ctx, endpoints, 'DMS endpoints', (e, resource) => {
      if (e.engine !== 'mongodb') return;
      const L = `DMS MongoDB endpoint ${e.id}`;
      // AuthType defaults to password; only an explicit "no" turns authentication off.
      if (e.mongoAuthType === 'no') ctx.fail(resource, `${L} connects without authentication (auth type no).`);
      else ctx.pass(resource, `${L} authenticates with ${e.mongoAuthType ?? 'password'} authentication.`);
    });
  },
});
