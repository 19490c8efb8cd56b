/**
 * AWS Elastic Disaster Recovery: the jobs (drills, recoveries, failbacks) of a region. DescribeJobs answers
 * UninitializedAccountException where the service was never set up: that is data (not in use), not an error.
 */
import { defineFact } from '../../core/fact.js';
import { awsErrorCode } from '../../aws/errors.js';

export interface DrsJob {
  id: string;
  arn?: string;
  /** LAUNCH, TERMINATE, CREATE_CONVERTED_SNAPSHOT. */
  type?: string;
  /** START_RECOVERY, START_DRILL, FAILBACK, ... */
  initiatedBy?: string;
  status?: string;
  created?: string;
}

export interface DrsJobs {
  /** False where Elastic Disaster Recovery was never initialized in the region. */
  initialized: boolean;
  jobs: DrsJob[];
}

export const drsJobs = defineFact<DrsJobs>({
  id: 'drs.jobs',
  service: 'drs',
  scope: 'regional',
  operation: 'drs:DescribeJobs',
  async collect(ctx) {
    const { paginateDescribeJobs } = await import('@aws-sdk/client-drs');
    const client = await ctx.client('drs');
    const jobs: DrsJob[] = [];
    try {
      for await (const page of paginateDescribeJobs({ client, pageSize: 100 }, {})) {
        for (const j of page.items ?? []) {
          if (!j.jobID) continue;
          jobs.push({
            id: j.jobID,
            ...(j.arn ? { arn: j.arn } : {}),
            ...(j.type ? { type: j.type } : {}),
            ...(j.initiatedBy ? { initiatedBy: j.initiatedBy } : {}),
            ...(j.status ? { status: j.status } : {}),
            ...(j.creationDateTime ? { created: j.creationDateTime } : {}),
          });
        }
      }
    } catch (err) {
      if (awsErrorCode(err) === 'UninitializedAccountException') return { initialized: false, jobs: [] };
      throw err;
    }
    return { initialized: true, jobs };
  },
});
