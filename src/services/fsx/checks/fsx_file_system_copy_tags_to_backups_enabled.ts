import { defineCheck } from '../../../core/check.js';
import { eachListed } from '../../rds/listing.js';
import { fileSystems } from '../collectors.js';

/** Scratch Lustre file systems take no backups at all, so copying tags to backups does not apply to them. */
const takesBackups = (type: string, deployment: string | undefined): boolean => !(type === 'LUSTRE' && deployment?.startsWith('SCRATCH'));

export default defineCheck({
  id: 'fsx_file_system_copy_tags_to_backups_enabled',
  title: 'FSx file systems copy their tags to their backups',
  service: 'fsx',
  severity: 'low',
  resourceType: 'AwsFSxFileSystem',
  categories: ['resilience'],
  description:
    'Passes each FSx for Windows File Server, Lustre (persistent) and OpenZFS file system that copies its tags to the backups it creates. ' +
    'FSx for ONTAP has no such setting, and scratch Lustre file systems take no backups: neither is judged.',
  risk: 'Backups without the file system tags escape tag-based access control, cost allocation and retention automation.',
  remediation: {
    text: 'Enable copying tags to backups in the file system configuration.',
    url: 'https://docs.aws.amazon.com/fsx/latest/WindowsGuide/using-backups.html',
    cli: 'aws fsx update-file-system --file-system-id <fs-id> --windows-configuration CopyTagsToBackups=true  # --lustre-configuration / --open-zfs-configuration for the other types',
    nativeIaC: 'Shares:\n  Type: AWS::FSx::FileSystem\n  Properties:\n    FileSystemType: WINDOWS\n    SubnetIds: [<subnet-id>]\n    # ...\n    WindowsConfiguration:\n      ThroughputCapacity: 32\n      # ...\n      CopyTagsToBackups: true',
    terraform: 'resource "aws_fsx_windows_file_system" "shares" {\n  # ...\n  copy_tags_to_backups = true\n}',
  },
  uses: [fileSystems],
  run(ctx) {
    eachListed(ctx, fileSystems, 'FSx file systems', (f, resource) => {
      if (f.copyTagsToBackups === undefined || !takesBackups(f.type, f.deploymentType)) return;
      const L = `FSx ${f.type} file system ${f.id}`;
      if (f.copyTagsToBackups) ctx.pass(resource, `${L} copies its tags to its backups.`);
      else ctx.fail(resource, `${L} does not copy its tags to its backups.`);
    });
  },
});
