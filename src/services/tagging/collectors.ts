/**
 * Resource tags for the findings. Most services' list calls do not return tags (S3 buckets, KMS keys,
 * queues, topics, functions, trails...), and asking each resource would cost one call per resource. The
 * Resource Groups Tagging API answers for every tagged resource of a region in a few pages, so the
 * findings (the CSV RESOURCE_TAGS column, OCSF and ASFF) and the mutelist's Tags rules see them all.
 * IAM is not covered by that API: users and roles carry the tags of GetAccountAuthorizationDetails.
 */
import { defineFact } from '../../core/fact.js';

/** Tags per resource ARN, for the resources of one region that have tags. */
export type ResourceTags = Record<string, Record<string, string>>;

/**
 * The tags fact, limited to resources of some services (ResourceTypeFilters such as "s3", "sqs"; none =
 * every service). Same id as resourceTags: the inventory holds one tag table per region either way.
 */
export function resourceTagsFor(services?: readonly string[]) {
  return defineFact<ResourceTags>({
    id: 'tagging.resourceTags',
    service: 'tagging',
    scope: 'regional',
    operation: 'tag:GetResources',
    async collect(ctx) {
      const { paginateGetResources } = await import('@aws-sdk/client-resource-groups-tagging-api');
      const client = await ctx.client('tagging');
      const out: ResourceTags = {};
      const filters = services?.length ? { ResourceTypeFilters: [...services] } : {};
      for await (const page of paginateGetResources({ client, pageSize: 100 }, filters)) {
        for (const r of page.ResourceTagMappingList ?? []) {
          if (!r.ResourceARN || !r.Tags?.length) continue;
          out[r.ResourceARN] = Object.fromEntries(r.Tags.filter((t) => t.Key).map((t) => [t.Key!, t.Value ?? '']));
        }
      }
      return out;
    },
  });
}

export const resourceTags = resourceTagsFor();

/**
 * Every resource ARN the Resource Groups Tagging API lists in a region (tagged, or tagged once), for the
 * quick inventory (-i). Resources never tagged are not listed by that API, and IAM is not covered.
 */
export const taggedResourceArns = defineFact<string[]>({
  id: 'tagging.resourceArns',
  service: 'tagging',
  scope: 'regional',
  operation: 'tag:GetResources',
  async collect(ctx) {
    const { paginateGetResources } = await import('@aws-sdk/client-resource-groups-tagging-api');
    const client = await ctx.client('tagging');
    const out: string[] = [];
    for await (const page of paginateGetResources({ client, pageSize: 100 }, {})) {
      for (const r of page.ResourceTagMappingList ?? []) if (r.ResourceARN) out.push(r.ResourceARN);
    }
    return out;
  },
});
