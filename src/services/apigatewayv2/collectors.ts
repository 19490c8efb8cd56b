/**
 * API Gateway v2 (HTTP and WebSocket APIs) collectors: the APIs of a region (GetApis) and, as a separate
 * fact, each API's stages (GetStages), kept per API as a Result. Neither call has an SDK paginator, so
 * NextToken is followed by hand.
 */
import { defineFact } from '../../core/fact.js';
import type { Result } from '../../core/types.js';

export interface Api {
  id: string;
  name: string;
  /** HTTP or WEBSOCKET. */
  protocolType: string;
  tags: Record<string, string>;
}

async function allPages<T>(fetch: (token?: string) => Promise<{ Items?: T[]; NextToken?: string }>): Promise<T[]> {
  const out: T[] = [];
  let token: string | undefined;
  do {
    const page = await fetch(token);
    out.push(...(page.Items ?? []));
    token = page.NextToken;
  } while (token);
  return out;
}

export const apis = defineFact<Api[]>({
  id: 'apigatewayv2.apis',
  service: 'apigatewayv2',
  scope: 'regional',
  operation: 'apigateway:GetApis',
  async collect(ctx) {
    const { GetApisCommand } = await import('@aws-sdk/client-apigatewayv2');
    const client = await ctx.client('apigatewayv2');
    const items = await allPages((NextToken) => client.send(new GetApisCommand({ MaxResults: String(ctx.pageSize), NextToken })));
    return items
      .filter((a) => a.ApiId)
      .map((a) => ({ id: a.ApiId as string, name: a.Name ?? (a.ApiId as string), protocolType: a.ProtocolType ?? '', tags: a.Tags ?? {} }));
  },
});

export interface Stage {
  name: string;
  /** The access log destination (CloudWatch Logs log group ARN), when access logging is set up. */
  accessLogDestination?: string;
  tags: Record<string, string>;
}

/** API id -> its stages. */
export const apiStages = defineFact<Record<string, Result<Stage[]>>>({
  id: 'apigatewayv2.apiStages',
  service: 'apigatewayv2',
  scope: 'regional',
  operation: 'apigateway:GetStages',
  async collect(ctx) {
    const { GetStagesCommand } = await import('@aws-sdk/client-apigatewayv2');
    const list = await ctx.need(apis);
    const client = await ctx.client('apigatewayv2');
    const entries = await Promise.all(
      list.map(async (api) => {
        const stages = await ctx.attempt('apigateway:GetStages', async () => {
          const items = await allPages((NextToken) => client.send(new GetStagesCommand({ ApiId: api.id, MaxResults: String(ctx.pageSize), NextToken })));
          return items.map(
            (s): Stage => ({
              name: s.StageName ?? '',
              ...(s.AccessLogSettings?.DestinationArn ? { accessLogDestination: s.AccessLogSettings.DestinationArn } : {}),
              tags: s.Tags ?? {},
            }),
          );
        });
        return [api.id, stages] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});
