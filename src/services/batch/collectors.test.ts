import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchClient, RegisterJobDefinitionCommand } from '@aws-sdk/client-batch';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { evaluate } from '../../core/evaluate.js';
import { buildComplianceIndex } from '../../compliance/index.js';
import { jobDefinitions } from './collectors.js';
import noSecrets from './checks/batch_job_definition_no_secrets.js';

// A fake secret built from parts so no complete credential sits in the repository.
const FAKE_TOKEN = 'xo' + 'xb-' + '2718281828' + '-' + '3141592653589' + '-' + 'Qw8Er7Ty6Ui5Op4As3Df2Gh1';

describe('batch collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('collects job definitions with the secrets found in container environments, never the values', async () => {
    const batch = new BatchClient(moto.config());
    await batch.send(
      new RegisterJobDefinitionCommand({
        jobDefinitionName: 'nightly',
        type: 'container',
        containerProperties: { image: 'busybox', vcpus: 1, memory: 128, environment: [{ name: 'SLACK', value: FAKE_TOKEN }, { name: 'MODE', value: 'full' }] },
      }),
    );
    const inv = await collectFromMoto(moto, [jobDefinitions]);
    const list = inv.get(jobDefinitions);
    expect(list).toMatchObject({ ok: true, data: [{ name: 'nightly', revision: 1, envNames: ['SLACK', 'MODE'] }] });
    expect(list.ok && list.data[0].envSecrets.map((h) => [h.key, h.kind])).toEqual([['SLACK', 'Slack token']]);
    const findings = [...evaluate([noSecrets], inv, { compliance: buildComplianceIndex() })];
    expect(findings.map((f) => f.status)).toEqual(['FAIL']);
    expect(JSON.stringify(findings)).not.toContain(FAKE_TOKEN);
    expect(JSON.stringify(list)).not.toContain(FAKE_TOKEN);
  });
});
