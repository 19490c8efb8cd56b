import { describe, expect, it } from 'vitest';
import { AccessAnalyzerClient, ListAnalyzersCommand, ListFindingsV2Command } from '@aws-sdk/client-accessanalyzer';
import { mockClient } from 'aws-sdk-client-mock';
import type { Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { activeFindings, analyzers } from './collectors.js';

// moto 5.2 has no Access Analyzer backend: the client is stubbed, and nothing leaves the process.
const noEndpoint = { endpoint: 'http://127.0.0.1:9' } as Moto;

describe('accessanalyzer collectors', () => {
  it('lists analyzers of every type, page by page, per region (aws-sdk-client-mock: moto lacks ListAnalyzers)', async () => {
    const mock = mockClient(AccessAnalyzerClient);
    try {
      mock.on(ListAnalyzersCommand).callsFake(async (input: { nextToken?: string }, getClient) => {
        const region = await getClient().config.region();
        if (region === 'eu-west-1') return { analyzers: [] };
        if (!input.nextToken) {
          return {
            analyzers: [{ arn: 'arn:aws:access-analyzer:us-east-1:123456789012:analyzer/acct', name: 'acct', type: 'ACCOUNT', status: 'ACTIVE', createdAt: new Date() }],
            nextToken: 'p2',
          };
        }
        return {
          analyzers: [{ arn: 'arn:aws:access-analyzer:us-east-1:123456789012:analyzer/unused', name: 'unused', type: 'ACCOUNT_UNUSED_ACCESS', status: 'CREATING', createdAt: new Date() }],
        };
      });
      const inv = await collectFromMoto(noEndpoint, [analyzers], ['us-east-1', 'eu-west-1']);
      expect(inv.get(analyzers, 'us-east-1')).toEqual({
        ok: true,
        data: [
          { arn: 'arn:aws:access-analyzer:us-east-1:123456789012:analyzer/acct', name: 'acct', type: 'ACCOUNT', status: 'ACTIVE' },
          { arn: 'arn:aws:access-analyzer:us-east-1:123456789012:analyzer/unused', name: 'unused', type: 'ACCOUNT_UNUSED_ACCESS', status: 'CREATING' },
        ],
      });
      expect(inv.get(analyzers, 'eu-west-1')).toEqual({ ok: true, data: [] });
    } finally {
      mock.restore();
    }
  });

  it('records AccessDenied as the fact error (aws-sdk-client-mock: moto lacks ListAnalyzers)', async () => {
    const mock = mockClient(AccessAnalyzerClient);
    try {
      mock.on(ListAnalyzersCommand).rejects(Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' }));
      const inv = await collectFromMoto(noEndpoint, [analyzers]);
      expect(inv.get(analyzers)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', code: 'AccessDeniedException', operation: 'access-analyzer:ListAnalyzers' } });
    } finally {
      mock.restore();
    }
  });

  it('counts active findings of active analyzers only (aws-sdk-client-mock: moto lacks ListFindings)', async () => {
    const mock = mockClient(AccessAnalyzerClient);
    try {
      mock.on(ListAnalyzersCommand).resolves({
        analyzers: [
          { arn: 'arn:aws:access-analyzer:us-east-1:123456789012:analyzer/a', name: 'a', type: 'ACCOUNT', status: 'ACTIVE', createdAt: new Date() },
          { arn: 'arn:aws:access-analyzer:us-east-1:123456789012:analyzer/b', name: 'b', type: 'ACCOUNT', status: 'FAILED', createdAt: new Date() },
        ],
      });
      mock.on(ListFindingsV2Command).resolves({ findings: [{ id: 'f1' }, { id: 'f2' }] as never });
      const inv = await collectFromMoto(noEndpoint, [analyzers, activeFindings]);
      expect(inv.get(activeFindings, 'us-east-1')).toEqual({ ok: true, data: { 'arn:aws:access-analyzer:us-east-1:123456789012:analyzer/a': { ok: true, data: 2 } } });
      expect(mock.commandCalls(ListFindingsV2Command)[0].args[0].input.filter).toEqual({ status: { eq: ['ACTIVE'] } });
    } finally {
      mock.restore();
    }
  });
});
