/** Test-only builder: a compliant FSx file system, changed field by field. */
import type { FsxFileSystem } from './collectors.js';

export const makeFileSystem = (id: string, o: Partial<FsxFileSystem> = {}): FsxFileSystem => ({
  id,
  arn: `arn:aws:fsx:us-east-1:123456789012:file-system/${id}`,
  type: 'WINDOWS',
  deploymentType: 'MULTI_AZ_1',
  copyTagsToBackups: true,
  tags: {},
  ...o,
});
