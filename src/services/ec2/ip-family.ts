/**
 * The `ip_family` parameter of the "security group open to the internet" checks: `any` (default) judges
 * 0.0.0.0/0 and ::/0 together; `ipv4` only 0.0.0.0/0; `ipv6` only ::/0. CIS 1.5 and later ask about the
 * two as separate requirements (their framework data sets the parameter per requirement), so a group open
 * to IPv4 only never fails the IPv6 requirement and the other way round.
 */
import type { SgRule } from '../../lib/network/exposure.js';

export type IpFamily = 'any' | 'ipv4' | 'ipv6';

/** Read the parameter: anything but ipv4/ipv6 is `any`. */
export const ipFamilyOf = (params: { ip_family?: unknown }): IpFamily =>
  params.ip_family === 'ipv4' || params.ip_family === 'ipv6' ? params.ip_family : 'any';

/** The rules with only the source blocks of one address family (all of them for `any`). */
export function rulesOfFamily(rules: SgRule[], family: IpFamily): SgRule[] {
  if (family === 'any') return rules;
  return rules.map((r) => (family === 'ipv4' ? { ...r, ipv6: [] } : { ...r, ipv4: [] }));
}

