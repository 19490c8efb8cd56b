/** Fixtures for the Organization policy checks: a readable listing (PASS/FAIL cases) or a denied one ('ERROR'). */
import { denied } from '../../../test/helpers/check.js';
import type { OrganizationPolicies, OrganizationPolicy } from './collectors.js';

export const orgPolicy = (name: string, type: string, content: unknown, attached = true): OrganizationPolicy => ({
  id: `p-${name}`,
  arn: `arn:aws:organizations::123456789012:policy/o-abc/${name}`,
  name,
  type,
  awsManaged: false,
  content,
  targets: attached ? [{ id: 'r-root', type: 'ROOT' }] : [],
});
export const listing = (type: string, policies: OrganizationPolicy[]): OrganizationPolicies => ({ inOrganization: true, byType: { [type]: { ok: true, data: policies } } });
export const deniedListing = (type: string): OrganizationPolicies => ({ inOrganization: true, byType: { [type]: { ok: false, error: denied('organizations:ListPolicies') } } });
