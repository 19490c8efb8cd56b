/** Fixture builders for the Lambda check tests. */
import type { LambdaFunction } from './collectors.js';

export const fnArn = (name: string, region = 'us-east-1', account = '123456789012') => `arn:aws:lambda:${region}:${account}:function:${name}`;

export function makeFn(name: string, o: Partial<LambdaFunction> = {}, region = 'us-east-1'): LambdaFunction {
  return { name, arn: fnArn(name, region), runtime: 'python3.13', packageType: 'Zip', subnetIds: [], securityGroupIds: [], layers: [], envVarNames: [], envSecrets: [], ...o };
}
