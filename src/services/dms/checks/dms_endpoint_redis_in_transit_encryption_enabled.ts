import { defineCheck } from '../../../core/check.js';
import { eachListed } from '../../rds/listing.js';
import { endpoints } from '../collectors.js';

export default defineCheck({
  id: 'dms_endpoint_redis_in_transit_encryption_enabled',
  title: 'DMS Redis endpoints encrypt their connection with TLS',
  service: 'dms',
  severity: 'medium',
  resourceType: 'AwsDmsEndpoint',
  categories: ['encryption'],
  description: 'Fails each DMS endpoint of the Redis engine whose security protocol is plaintext rather than ssl-encryption.',
  risk: 'Data written to the Redis target, and its AUTH password, cross the network in clear text.',
  remediation: {
    text: 'Set the Redis endpoint security protocol to ssl-encryption (the target cluster must have in-transit encryption on).',
    url: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.Redis.html',
    cli: 'aws dms modify-endpoint --endpoint-arn <endpoint-arn> --redis-settings SslSecurityProtocol=ssl-encryption,ServerName=<host>,Port=6379',
    nativeIaC: 'CacheEndpoint:\n  Type: AWS::DMS::Endpoint\n  Properties:\n    EndpointType: target\n    EngineName: redis\n    # ...\n    RedisSettings:\n      ServerName: !GetAtt Cache.PrimaryEndPoint.Address\n      Port: 6379\n      SslSecurityProtocol: ssl-encryption',
    terraform: 'resource "aws_dms_endpoint" "cache" {\n  engine_name = "redis"\n  # ...\n  redis_settings {\n    server_name           = aws_elasticache_replication_group.cache.primary_endpoint_address\n    port                  = 6379\n    auth_type             = "auth-token"\n    ssl_security_protocol = "ssl-encryption"\n  }\n}',
  },
  uses: [endpoints],
  run(ctx) {
    eachListed(ctx, endpoints, 'DMS endpoints', (e, resource) => {
      if (e.engine !== 'redis') return;
      const L = `DMS Redis endpoint ${e.id}`;
      // SslSecurityProtocol defaults to ssl-encryption when not given.
      const p = e.redisSslProtocol ?? 'ssl-encryption';
      if (p === 'plaintext') ctx.fail(resource, `${L} sends data in plaintext.`);
      else ctx.pass(resource, `${L} encrypts its connection (${p}).`);
    });
  },
});
