import { describe, expect, it } from 'vitest';
import { DescribeJobsCommand, DrsClient } from '@aws-sdk/client-drs';
import { mockClient } from 'aws-sdk-client-mock';
import type { Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { drsJobs } from './collectors.js';

const nowhere = { endpoint: 'http://127.0.0.1:9' } as Moto;
const error = (name: string, status: number) => Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } });

describe('drs collectors (aws-sdk-client-mock: moto lacks drs:DescribeJobs)', () => {
  it('reads every page of jobs; an uninitialized service is data, a denial is the fact error', async () => {
    // @aws-sdk/client-drs is built on an older Smithy than aws-sdk-client-mock's types expect (it runs fine):
    // the stub is untyped here only.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const mock: any = mockClient(DrsClient as never);
    try {
      mock.on(DescribeJobsCommand).resolvesOnce({ items: [{ jobID: 'drsjob-1', type: 'LAUNCH', initiatedBy: 'START_DRILL', status: 'COMPLETED', creationDateTime: '2026-10-01T00:00:00Z' }], nextToken: 'n' })
        .resolvesOnce({ items: [{ jobID: 'drsjob-2', initiatedBy: 'START_RECOVERY' }] });
      const inv = await collectFromMoto(nowhere, [drsJobs]);
      expect(inv.get(drsJobs)).toEqual({
        ok: true,
        data: { initialized: true, jobs: [{ id: 'drsjob-1', type: 'LAUNCH', initiatedBy: 'START_DRILL', status: 'COMPLETED', created: '2026-10-01T00:00:00Z' }, { id: 'drsjob-2', initiatedBy: 'START_RECOVERY' }] },
      });
      mock.reset();
      mock.on(DescribeJobsCommand).rejects(error('UninitializedAccountException', 400));
      expect((await collectFromMoto(nowhere, [drsJobs])).get(drsJobs)).toEqual({ ok: true, data: { initialized: false, jobs: [] } });
      mock.reset();
      mock.on(DescribeJobsCommand).rejects(error('AccessDeniedException', 403));
      expect((await collectFromMoto(nowhere, [drsJobs])).get(drsJobs)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'drs:DescribeJobs' } });
    } finally {
      mock.restore();
    }
  });
});
