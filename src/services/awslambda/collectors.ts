/**
 * Lambda collectors: the functions of a region (ListFunctions, one bulk call per page) and, as a
 * separate fact, each function's resource-based policy (GetPolicy per function).
 */
import { defineFact } from '../../core/fact.js';
import { awsErrorCode } from '../../aws/errors.js';
import type { Result } from '../../core/types.js';

export interface LambdaFunction {
  name: string;
  arn: string;
  runtime?: string;
}

export const functions = defineFact<LambdaFunction[]>({
  id: 'lambda.functions',
  service: 'lambda',
  scope: 'regional',
  operation: 'lambda:ListFunctions',
  async collect(ctx) {
    const { paginateListFunctions } = await import('@aws-sdk/client-lambda');
    const lambda = await ctx.client('lambda');
    const out: LambdaFunction[] = [];
    for await (const page of paginateListFunctions({ client: lambda, pageSize: Math.min(ctx.pageSize, 50) }, {})) {
      for (const f of page.Functions ?? []) {
        if (f.FunctionName && f.FunctionArn) out.push({ name: f.FunctionName, arn: f.FunctionArn, runtime: f.Runtime });
      }
    }
    return out;
  },
});

/** Resource policy (JSON text) per function ARN; null when the function has none. */
export const functionPolicies = defineFact<Record<string, Result<string | null>>>({
  id: 'lambda.functionPolicies',
  service: 'lambda',
  scope: 'regional',
  operation: 'lambda:GetPolicy',
  async collect(ctx) {
    const list = await ctx.need(functions);
    const { GetPolicyCommand } = await import('@aws-sdk/client-lambda');
    const lambda = await ctx.client('lambda');
    const entries = await Promise.all(
      list.map(async (f) => {
        const policy = await ctx.attempt('lambda:GetPolicy', async () => {
          try {
            return (await lambda.send(new GetPolicyCommand({ FunctionName: f.arn }))).Policy ?? null;
          } catch (err) {
            // A function without a resource policy answers ResourceNotFoundException.
            if (awsErrorCode(err) === 'ResourceNotFoundException') return null;
            throw err;
          }
        });
        return [f.arn, policy] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});
