/** Fixture builders for the ECR check tests. */
import type { Repository } from './collectors.js';

export const repoArn = (name: string) => `arn:aws:ecr:us-east-1:123456789012:repository/${name}`;
export const repo = (name: string, o: Partial<Repository> = {}): Repository => ({ name, arn: repoArn(name), scanOnPush: true, tagMutability: 'IMMUTABLE', ...o });
