import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DisableMacieCommand, GetAutomatedDiscoveryConfigurationCommand, GetMacieSessionCommand, Macie2Client } from '@aws-sdk/client-macie2';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { automatedDiscovery, isMacieNotEnabled, session } from './collectors.js';

/** An error shaped like the SDK's: name is the AWS code, message the service's text. */
const awsError = (name: string, message: string, httpStatusCode: number) => Object.assign(new Error(message), { name, $metadata: { httpStatusCode } });

describe('macie collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('regions where Macie was disabled read as DISABLED', async () => {
    // moto 5.2 answers an enabled session with timestamps that lack a time zone, which the SDK refuses
    // to parse; the ENABLED and PAUSED answers are therefore tested with aws-sdk-client-mock below.
    for (const region of ['eu-west-1', 'ap-south-1']) await new Macie2Client(moto.config(region)).send(new DisableMacieCommand({}));
    const inv = await collectFromMoto(moto, [session], ['eu-west-1', 'ap-south-1']);
    expect(inv.get(session, 'eu-west-1')).toEqual({ ok: true, data: { status: 'DISABLED' } });
    expect(inv.get(session, 'ap-south-1')).toEqual({ ok: true, data: { status: 'DISABLED' } });
  });
});

describe('macie session status per region', () => {
  it('reads ENABLED and PAUSED sessions (aws-sdk-client-mock: moto lacks a parseable GetMacieSession)', async () => {
    const mock = mockClient(Macie2Client);
    try {
      mock.on(GetMacieSessionCommand).callsFake(async (_input, getClient) => {
        const region = await getClient().config.region();
        return { status: region === 'eu-west-1' ? 'PAUSED' : 'ENABLED', createdAt: new Date(), findingPublishingFrequency: 'FIFTEEN_MINUTES' };
      });
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [session], ['us-east-1', 'eu-west-1']);
      expect(inv.get(session, 'us-east-1')).toEqual({ ok: true, data: { status: 'ENABLED' } });
      expect(inv.get(session, 'eu-west-1')).toEqual({ ok: true, data: { status: 'PAUSED' } });
    } finally {
      mock.restore();
    }
  });
});

describe('macie "not enabled" versus a real denial', () => {
  it('tells the two AccessDeniedException answers apart by their message', () => {
    expect(isMacieNotEnabled(awsError('AccessDeniedException', 'Macie is not enabled.', 401))).toBe(true);
    expect(
      isMacieNotEnabled(
        awsError('AccessDeniedException', 'User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: macie2:GetMacieSession', 403),
      ),
    ).toBe(false);
    expect(isMacieNotEnabled(awsError('AccessDeniedException', 'Access Denied', 403))).toBe(false);
    expect(isMacieNotEnabled(awsError('ResourceNotFoundException', 'no session', 404))).toBe(true);
    expect(isMacieNotEnabled(awsError('ThrottlingException', 'Macie is not enabled.', 400))).toBe(false);
  });

  it('"Macie is not enabled." becomes DISABLED data (aws-sdk-client-mock: moto answers ResourceNotFoundException instead)', async () => {
    const mock = mockClient(Macie2Client);
    try {
      mock.on(GetMacieSessionCommand).rejects(awsError('AccessDeniedException', 'Macie is not enabled.', 401));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [session]);
      expect(inv.get(session)).toEqual({ ok: true, data: { status: 'DISABLED' } });
    } finally {
      mock.restore();
    }
  });

  it('a permission AccessDeniedException stays an error (aws-sdk-client-mock)', async () => {
    const mock = mockClient(Macie2Client);
    try {
      mock
        .on(GetMacieSessionCommand)
        .rejects(awsError('AccessDeniedException', 'User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: macie2:GetMacieSession', 403));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [session]);
      expect(inv.get(session)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', code: 'AccessDeniedException', operation: 'macie2:GetMacieSession' } });
    } finally {
      mock.restore();
    }
  });

  it('reads automated discovery where Macie is enabled (aws-sdk-client-mock: moto lacks GetAutomatedDiscoveryConfiguration)', async () => {
    const mock = mockClient(Macie2Client);
    mock.on(GetMacieSessionCommand).resolves({ status: 'ENABLED' });
    mock.on(GetAutomatedDiscoveryConfigurationCommand).resolves({ status: 'ENABLED' });
    try {
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [automatedDiscovery]);
      expect(inv.get(automatedDiscovery, 'us-east-1')).toEqual({ ok: true, data: { status: 'ENABLED', macieEnabled: true } });
    } finally {
      mock.restore();
    }
  });
});
