/** Fixtures for the Directory Service checks. */
import type { Directory } from './collectors.js';

export const dirArn = (id: string) => `arn:aws:ds:us-east-1:123456789012:directory/${id}`;
export const directory = (id: string, d: Partial<Directory> = {}): Directory => ({
  id,
  arn: dirArn(id),
  name: `${id}.corp.example.com`,
  type: 'MicrosoftAD',
  stage: 'Active',
  radius: null,
  ...d,
});
