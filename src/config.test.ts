import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';
import type { Check } from './core/check.js';
import { UserError } from './cli/errors.js';

const check = (id: string, params: Check['params']): Check =>
  ({ id, title: id, service: id.split('_')[0], severity: 'low', resourceType: 'Other', categories: [], description: '', risk: '', remediation: { text: '' }, uses: [], params, run() {} }) as Check;

const checks = [
  check('iam_user_accesskey_unused', { max_unused_access_keys_days: 45 }),
  check('iam_user_console_access_unused', { max_console_access_days: 45 }),
  check('ec2_securitygroup_allow_ingress_from_internet_to_high_risk_tcp_ports', { ec2_sg_high_risk_ports: ['25', '110'] }),
  check('organizations_delegated_administrators', { organizations_trusted_delegated_administrators: [] as string[] }),
];

// A Prowler 5 config.yaml as users keep it: keys prowl uses, keys it does not use yet, other providers.
const PROWLER_CONFIG = `# AWS Configuration
aws:
  mute_non_default_regions: False
  max_unused_access_keys_days: 60
  max_console_access_days: 30
  shodan_api_key: null
  max_security_group_rules: 50
  ec2_sg_high_risk_ports:
    [
        25,
        3389,
    ]
  organizations_trusted_delegated_administrators: []
  lambda_min_azs: 2
azure:
  shodan_api_key: null
gcp:
  shodan_api_key: null
kubernetes:
  audit_log_maxbackup: 10
`;

describe('config file (Prowler config.yaml)', () => {
  it('takes a real Prowler config: used keys keep their names, unused ones are one warning listing them', () => {
    const { params, warnings } = readConfig(PROWLER_CONFIG, 'config.yaml', checks);
    expect(params).toEqual({
      iam_user_accesskey_unused: { max_unused_access_keys_days: 60 },
      iam_user_console_access_unused: { max_console_access_days: 30 },
      // Prowler writes ports as numbers; prowl's parameter is a list of strings.
      ec2_securitygroup_allow_ingress_from_internet_to_high_risk_tcp_ports: { ec2_sg_high_risk_ports: ['25', '3389'] },
      organizations_delegated_administrators: { organizations_trusted_delegated_administrators: [] },
    });
    const unused = warnings.filter((w) => /not used by prowl/.test(w));
    expect(unused).toHaveLength(1);
    expect(unused[0]).toMatch(/4 keys not used by prowl \(yet\), ignored: aws\.mute_non_default_regions, aws\.shodan_api_key, aws\.max_security_group_rules, aws\.lambda_min_azs/);
    expect(warnings.some((w) => /other providers ignored: azure, gcp, kubernetes/.test(w))).toBe(true);
  });
  it('a key prowl uses still needs the right type, with its line', () => {
    expect(() => readConfig('aws:\n  mute_non_default_regions: False\n  max_console_access_days: "x"\n', 'c.yaml', checks)).toThrow(/c\.yaml:3: max_console_access_days must be a number/);
    expect(() => readConfig('aws:\n  ec2_sg_high_risk_ports: 22\n', 'c.yaml', checks)).toThrow(UserError);
  });
  it("a mapping where prowl's parameter is a list becomes NAME=value entries (Prowler's enclave_golden_pcr_values)", () => {
    const pcr = [check('kms_key_enclave_attestation_pcr_mismatch', { enclave_golden_pcr_values: [] as string[] })];
    const { params } = readConfig('aws:\n  enclave_golden_pcr_values:\n    PCR0: [aa11, bb22]\n    PCR8: cc33\n', 'c.yaml', pcr);
    expect(params).toEqual({ kms_key_enclave_attestation_pcr_mismatch: { enclave_golden_pcr_values: ['PCR0=aa11', 'PCR0=bb22', 'PCR8=cc33'] } });
    expect(() => readConfig('aws:\n  enclave_golden_pcr_values:\n    PCR0: {nested: 1}\n', 'c.yaml', pcr)).toThrow(/must be a list of strings/);
  });
  it('a used key left empty keeps the default and says so', () => {
    const { params, warnings } = readConfig('aws:\n  max_console_access_days:\n', 'c.yaml', checks);
    expect(params).toEqual({});
    expect(warnings.join('\n')).toMatch(/no value given for aws\.max_console_access_days; the default stays/);
  });
  it('an unknown check in the checks section is a warning with a suggestion, not a refusal', () => {
    const { warnings } = readConfig('checks:\n  iam_user_accesskey_unusd:\n    max_unused_access_keys_days: 3\n', 'c.yaml', checks);
    expect(warnings.join('\n')).toMatch(/checks\.iam_user_accesskey_unusd \(did you mean iam_user_accesskey_unused/);
  });
});
