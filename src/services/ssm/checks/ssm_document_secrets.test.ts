import { describe, expect, it } from 'vitest';
import check from './ssm_document_secrets.js';
import { documentSecrets, documents } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const arn = (n: string) => `arn:aws:ssm:us-east-1:123456789012:document/${n}`;
const doc = (name: string) => ({ name, arn: arn(name), documentType: 'Command', documentFormat: 'JSON', tags: {} });

const fx = () =>
  new FixtureInventory().set(documents, [doc('clean'), doc('leaky'), doc('hidden')]).set(documentSecrets, {
    [arn('clean')]: { ok: true, data: [] },
    [arn('leaky')]: {
      ok: true,
      data: [
        { kind: 'AWS secret access key', rule: '@secretlint/secretlint-rule-aws', line: 7, file: 'leaky.json', key: 'aws_secret_access_key', location: 'leaky.json line 7 (aws_secret_access_key)' },
        { kind: 'Password or secret in assignment', rule: 'prowl/keyword', line: 9, file: 'leaky.json', key: 'DB_PASSWORD', location: 'leaky.json line 9 (DB_PASSWORD)' },
      ],
    },
    [arn('hidden')]: { ok: false, error: denied('ssm:GetDocument') },
  });

describe('ssm_document_secrets', () => {
  it('PASS without hits, FAIL naming kind and line, ERROR when GetDocument was denied', () => {
    const findings = runCheck(check, fx());
    expect(statusById(findings)).toEqual({ clean: 'PASS', leaky: 'FAIL', hidden: 'ERROR' });
    expect(findings[1].statusExtended).toBe(
      'SSM document leaky contains secrets: AWS secret access key (leaky.json line 7 (aws_secret_access_key)), Password or secret in assignment (leaky.json line 9 (DB_PASSWORD)).',
    );
    expect(findings[2].statusExtended).toContain('ssm:GetDocument');
  });

  it('secrets_ignore_patterns drops matching hits', () => {
    const some = runCheck(check, fx(), { config: { ssm_document_secrets: { secrets_ignore_patterns: ['^DB_'] } } });
    expect(some[1].statusExtended).toBe('SSM document leaky contains secrets: AWS secret access key (leaky.json line 7 (aws_secret_access_key)).');
    const none = runCheck(check, fx(), { config: { ssm_document_secrets: { secrets_ignore_patterns: ['^DB_', '^aws_'] } } });
    expect(statusById(none).leaky).toBe('PASS');
  });
});
