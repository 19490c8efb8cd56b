/**
 * Which DMS endpoint engines have an SSL mode. Engines reached through AWS service APIs (always HTTPS) or
 * with their own transport setting (Kafka's SecurityProtocol, Redis's SslSecurityProtocol) do not.
 */
const NO_SSL_MODE = new Set(['s3', 'dynamodb', 'kinesis', 'kafka', 'elasticsearch', 'opensearch', 'neptune', 'redis', 'timestream', 'dms-transfer']);

export const usesSslMode = (engine: string): boolean => !NO_SSL_MODE.has(engine);
