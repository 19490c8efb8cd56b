/** Test-only builder: a compliant OpenSearch domain, changed field by field. */
import type { Domain } from './collectors.js';

export const makeDomain = (id: string, o: Partial<Domain> = {}): Domain => ({
  id,
  name: id,
  arn: `arn:aws:es:us-east-1:123456789012:domain/${id}`,
  engineVersion: 'OpenSearch_2.13',
  encryptionAtRest: true,
  nodeToNode: true,
  enforceHttps: true,
  advancedSecurity: true,
  internalUserDatabase: false,
  cognito: true,
  saml: false,
  logs: { AUDIT_LOGS: true, INDEX_SLOW_LOGS: true, SEARCH_SLOW_LOGS: true, ES_APPLICATION_LOGS: true },
  instanceCount: 3,
  zoneAwareness: true,
  dedicatedMaster: true,
  dedicatedMasterCount: 3,
  updateAvailable: false,
  vpcId: 'vpc-1',
  accessPolicy: null,
  ...o,
});
