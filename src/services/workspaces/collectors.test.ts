import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DescribeWorkspacesCommand, WorkSpacesClient } from '@aws-sdk/client-workspaces';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { workspaces } from './collectors.js';

describe('workspaces collectors', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('answers an empty list for a region without WorkSpaces (moto)', async () => {
    const inv = await collectFromMoto(moto, [workspaces]);
    expect(inv.get(workspaces)).toEqual({ ok: true, data: [] });
  });

  it('maps encryption flags and builds the ARN (aws-sdk-client-mock: creating a WorkSpace in moto needs a registered directory; the answer shape is what matters here)', async () => {
    const mock = mockClient(WorkSpacesClient);
    try {
      mock.on(DescribeWorkspacesCommand).resolves({
        Workspaces: [
          { WorkspaceId: 'ws-enc', UserName: 'ana', RootVolumeEncryptionEnabled: true, UserVolumeEncryptionEnabled: true, SubnetId: 'subnet-1' },
          { WorkspaceId: 'ws-plain', UserName: 'bo' },
        ],
      });
      const inv = await collectFromMoto(moto, [workspaces]);
      expect(inv.get(workspaces)).toEqual({
        ok: true,
        data: [
          { id: 'ws-enc', arn: 'arn:aws:workspaces:us-east-1:123456789012:workspace/ws-enc', userName: 'ana', rootVolumeEncrypted: true, userVolumeEncrypted: true, subnetId: 'subnet-1' },
          { id: 'ws-plain', arn: 'arn:aws:workspaces:us-east-1:123456789012:workspace/ws-plain', userName: 'bo', rootVolumeEncrypted: false, userVolumeEncrypted: false, subnetId: undefined },
        ],
      });
    } finally {
      mock.restore();
    }
  });
});
