/**
 * API Gateway (REST APIs) collectors: the REST APIs of a region (GetRestApis, 500 per page) and, as a
 * separate fact, each API's stages (GetStages returns every stage of one API in one call), kept per
 * API as a Result so one denied API does not hide the others.
 */
import { defineFact } from '../../core/fact.js';
import type { Result } from '../../core/types.js';

export interface RestApi {
  id: string;
  name: string;
  tags: Record<string, string>;
}

export const restApis = defineFact<RestApi[]>({
  id: 'apigateway.restApis',
  service: 'apigateway',
  scope: 'regional',
  operation: 'apigateway:GetRestApis',
  async collect(ctx) {
    const { paginateGetRestApis } = await import('@aws-sdk/client-api-gateway');
    const client = await ctx.client('apigateway');
    const out: RestApi[] = [];
    for await (const page of paginateGetRestApis({ client, pageSize: 500 }, {})) {
      for (const a of page.items ?? []) {
        if (a.id) out.push({ id: a.id, name: a.name ?? a.id, tags: a.tags ?? {} });
      }
    }
    return out;
  },
});

export interface RestStage {
  name: string;
  /** Execution logging level for all methods (method settings "*\/*"): OFF, ERROR or INFO; absent when unset. */
  loggingLevel?: string;
  /** Where access logs go, when access logging is set up. */
  accessLogDestination?: string;
  tags: Record<string, string>;
}

/** REST API id -> its stages. */
export const restApiStages = defineFact<Record<string, Result<RestStage[]>>>({
  id: 'apigateway.restApiStages',
  service: 'apigateway',
  scope: 'regional',
  operation: 'apigateway:GetStages',
  async collect(ctx) {
    const { GetStagesCommand } = await import('@aws-sdk/client-api-gateway');
    const apis = await ctx.need(restApis);
    const client = await ctx.client('apigateway');
    const entries = await Promise.all(
      apis.map(async (api) => {
        const stages = await ctx.attempt('apigateway:GetStages', async () => {
          const res = await client.send(new GetStagesCommand({ restApiId: api.id }));
          return (res.item ?? []).map(
            (s): RestStage => ({
              name: s.stageName ?? '',
              ...(s.methodSettings?.['*/*']?.loggingLevel ? { loggingLevel: s.methodSettings['*/*'].loggingLevel } : {}),
              ...(s.accessLogSettings?.destinationArn ? { accessLogDestination: s.accessLogSettings.destinationArn } : {}),
              tags: s.tags ?? {},
            }),
          );
        });
        return [api.id, stages] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});
