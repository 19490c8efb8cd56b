/**
 * S3 collectors. ListBuckets (paginated) returns each bucket's region, so no per-bucket
 * GetBucketLocation is needed. Per-bucket configuration facts are separate facts, so a scan asks
 * only for the facets its selected checks use.
 */
import { defineFact } from '../../core/fact.js';

export interface Bucket {
  name: string;
  arn: string;
  region: string;
  creationDate?: string;
}

export const buckets = defineFact<Bucket[]>({
  id: 's3.buckets',
  service: 's3',
  scope: 'global',
  operation: 's3:ListBuckets',
  async collect(ctx) {
    const { paginateListBuckets } = await import('@aws-sdk/client-s3');
    const s3 = await ctx.client('s3');
    const out: Bucket[] = [];
    for await (const page of paginateListBuckets({ client: s3, pageSize: 1000 }, {})) {
      for (const b of page.Buckets ?? []) {
        if (!b.Name) continue;
        out.push({
          name: b.Name,
          arn: `arn:${ctx.account.partition}:s3:::${b.Name}`,
          region: b.BucketRegion || 'us-east-1',
          creationDate: b.CreationDate?.toISOString(),
        });
      }
    }
    return out;
  },
});
