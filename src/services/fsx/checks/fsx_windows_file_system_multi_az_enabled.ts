import { defineCheck } from '../../../core/check.js';
import { eachListed } from '../../rds/listing.js';
import { fileSystems } from '../collectors.js';

export default defineCheck({
  id: 'fsx_windows_file_system_multi_az_enabled',
  title: 'FSx for Windows File Server file systems are deployed in Multi-AZ',
  service: 'fsx',
  severity: 'low',
  resourceType: 'Other',
  categories: ['resilience'],
  description: 'Passes each FSx for Windows File Server file system with a Multi-AZ deployment (a standby file server in a second Availability Zone); single-AZ ones fail.',
  risk: 'A single-AZ file system becomes unavailable, with every share it serves, when its Availability Zone or file server fails.',
  remediation: {
    text: 'Deployment type cannot be changed in place: restore a backup into a new MULTI_AZ_1 file system and move the clients to it.',
    url: 'https://docs.aws.amazon.com/fsx/latest/WindowsGuide/high-availability-multiAZ.html',
    cli: 'aws fsx create-file-system-from-backup --backup-id <backup-id> --subnet-ids <subnet-a> <subnet-b> --windows-configuration DeploymentType=MULTI_AZ_1,PreferredSubnetId=<subnet-a>,ThroughputCapacity=32',
    nativeIaC: 'Shares:\n  Type: AWS::FSx::FileSystem\n  Properties:\n    FileSystemType: WINDOWS\n    SubnetIds: [!Ref SubnetA, !Ref SubnetB]\n    # ...\n    WindowsConfiguration:\n      DeploymentType: MULTI_AZ_1\n      PreferredSubnetId: !Ref SubnetA\n      ThroughputCapacity: 32',
    terraform: 'resource "aws_fsx_windows_file_system" "shares" {\n  # ...\n  deployment_type     = "MULTI_AZ_1"\n  subnet_ids          = [aws_subnet.a.id, aws_subnet.b.id]\n  preferred_subnet_id = aws_subnet.a.id\n}',
  },
  uses: [fileSystems],
  run(ctx) {
    eachListed(ctx, fileSystems, 'FSx file systems', (f, resource) => {
      if (f.type !== 'WINDOWS') return;
      const L = `FSx for Windows file system ${f.id}`;
      if (f.deploymentType?.startsWith('MULTI_AZ')) ctx.pass(resource, `${L} is deployed in Multi-AZ (${f.deploymentType}).`);
      else ctx.fail(resource, `${L} is deployed in a single Availability Zone (${f.deploymentType ?? 'deployment type not reported'}).`);
    });
  },
});
