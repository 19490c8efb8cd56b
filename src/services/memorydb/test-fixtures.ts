/** Test-only builder: a compliant MemoryDB cluster. */
import type { MemoryCluster } from './collectors.js';

export const makeCluster = (id: string, o: Partial<MemoryCluster> = {}): MemoryCluster => ({
  id,
  arn: `arn:aws:memorydb:us-east-1:123456789012:cluster/${id}`,
  engineVersion: '7.1',
  autoMinorVersionUpgrade: true,
  ...o,
});
