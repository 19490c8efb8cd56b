import { defineCheck } from '../../../core/check.js';
import { eachListed } from '../../rds/listing.js';
import { fileSystems } from '../collectors.js';

export default defineCheck({
  id: 'fsx_file_system_copy_tags_to_volumes_enabled',
  title: 'FSx for OpenZFS file systems copy their tags to their volumes',
  service: 'fsx',
  severity: 'low',
  resourceType: 'Other',
  categories: [],
  description: 'Passes each FSx for OpenZFS file system that copies its tags to the volumes created in it (the only FSx type with this setting).',
  risk: 'Untagged volumes escape tag-based access control, cost allocation and automation that rely on the file system tags.',
  remediation: {
    text: 'Enable copying tags to volumes on the OpenZFS file system.',
    url: 'https://docs.aws.amazon.com/fsx/latest/OpenZFSGuide/updating-file-system.html',
    cli: 'aws fsx update-file-system --file-system-id <fs-id> --open-zfs-configuration CopyTagsToVolumes=true',
    nativeIaC: 'Data:\n  Type: AWS::FSx::FileSystem\n  Properties:\n    FileSystemType: OPENZFS\n    SubnetIds: [<subnet-id>]\n    # ...\n    OpenZFSConfiguration:\n      DeploymentType: SINGLE_AZ_1\n      # ...\n      CopyTagsToVolumes: true',
    terraform: 'resource "aws_fsx_openzfs_file_system" "data" {\n  # ...\n  copy_tags_to_volumes = true\n}',
  },
  uses: [fileSystems],
  run(ctx) {
    eachListed(ctx, fileSystems, 'FSx file systems', (f, resource) => {
      if (f.copyTagsToVolumes === undefined) return;
      const L = `FSx OpenZFS file system ${f.id}`;
      if (f.copyTagsToVolumes) ctx.pass(resource, `${L} copies its tags to its volumes.`);
      else ctx.fail(resource, `${L} does not copy its tags to its volumes.`);
    });
  },
});
