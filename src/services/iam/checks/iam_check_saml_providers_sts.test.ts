import { describe, expect, it } from 'vitest';
import check from './iam_check_saml_providers_sts.js';
import { samlProviders } from '../policies.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const provider = (name: string) => ({
  arn: `arn:aws:iam::123456789012:saml-provider/${name}`,
  name,
  validUntil: '2030-01-01T00:00:00.000Z',
  createDate: '2024-01-01T00:00:00.000Z',
});

describe('iam_check_saml_providers_sts', () => {
  it('PASS naming the SAML providers', () => {
    const [f] = runCheck(check, new FixtureInventory().set(samlProviders, [provider('corp-idp'), provider('AWSSSO_abc_DO_NOT_DELETE')]));
    expect(f.status).toBe('PASS');
    expect(f.resource.arn).toBe('arn:aws:iam::123456789012:root');
    expect(f.statusExtended).toContain('2 SAML identity providers: corp-idp, AWSSSO_abc_DO_NOT_DELETE');
  });

  it('FAIL when there is none', () => {
    const [f] = runCheck(check, new FixtureInventory().set(samlProviders, []));
    expect(f.status).toBe('FAIL');
    expect(f.statusExtended).toContain('no SAML identity provider');
  });

  it('ERROR when the providers could not be listed', () => {
    const [f] = runCheck(check, new FixtureInventory().set(samlProviders, { error: denied('iam:ListSAMLProviders') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('iam:ListSAMLProviders');
  });
});
