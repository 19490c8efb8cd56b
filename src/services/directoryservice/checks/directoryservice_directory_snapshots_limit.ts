import { defineCheck } from '../../../core/check.js';
import { MANAGED_TYPES, directories, snapshotLimits } from '../collectors.js';
import { eachDirectoryWith } from '../directory-checks.js';

export default defineCheck({
  id: 'directoryservice_directory_snapshots_limit',
  title: 'Directory Service directories have room for more manual snapshots',
  service: 'directoryservice',
  severity: 'low',
  resourceType: 'Other',
  categories: ['resilience'],
  description:
    'For every Simple AD and Managed Microsoft AD directory, reads its manual snapshot limit and count, and fails when the limit is reached or no more than directory_snapshots_limit_threshold snapshots remain (default 2, as Prowler).',
  risk: 'At the limit, the manual snapshot you need before a risky change or after an incident cannot be taken until older ones are deleted.',
  remediation: {
    text: 'Delete manual snapshots you no longer need, keeping the ones your recovery plan relies on.',
    url: 'https://docs.aws.amazon.com/directoryservice/latest/admin-guide/ms_ad_snapshots.html',
    cli: 'aws ds delete-snapshot --snapshot-id <snapshot-id>',
    nativeIaC: `# Snapshots are not CloudFormation resources: review them with
# aws ds describe-snapshots --directory-id <directory-id>
# and delete old manual ones; the directory itself stays as declared:
Directory:
  Type: AWS::DirectoryService::MicrosoftAD
  Properties:
    Name: corp.example.com
    Password: '{{resolve:secretsmanager:directory-admin:SecretString:password}}'
    VpcSettings: { VpcId: <vpc-id>, SubnetIds: [<subnet-a>, <subnet-b>] }`,
  },
  params: { directory_snapshots_limit_threshold: 2 },
  uses: [directories, snapshotLimits],
  run(ctx) {
    const headroom = ctx.params.directory_snapshots_limit_threshold;
    for (const { d, resource, data } of eachDirectoryWith(ctx, MANAGED_TYPES, snapshotLimits, 'snapshot limits')) {
      const left = data.limit - data.current;
      if (data.reached || left <= 0) ctx.fail(resource, `Directory ${d.id} (${d.name}) has reached its limit of ${data.limit} manual snapshots.`);
      else if (left <= headroom) ctx.fail(resource, `Directory ${d.id} (${d.name}) can take only ${left} more manual snapshot(s) (${data.current} of ${data.limit}).`);
      else ctx.pass(resource, `Directory ${d.id} (${d.name}) uses ${data.current} of ${data.limit} manual snapshots.`);
    }
  },
});
