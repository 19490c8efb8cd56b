import { defineCheck } from '../../../core/check.js';
import { trailList, trails } from '../collectors.js';
import { reportS3DataEvents } from '../s3-data-events.js';

export default defineCheck({
  id: 'cloudtrail_s3_dataevents_read_enabled',
  title: 'CloudTrail records S3 object-level read events for all buckets',
  service: 'cloudtrail',
  severity: 'low',
  resourceType: 'AwsCloudTrailTrail',
  categories: ['logging', 'forensics-ready'],
  description: 'Looks for a logging trail whose classic or advanced event selectors record read data events (GetObject, HeadObject and the like) on the objects of every S3 bucket, in every scanned region.',
  risk: 'Without object-level read events nobody can tell who downloaded which objects, so exfiltration from S3 goes unnoticed and the reach of a breach cannot be established afterwards.',
  remediation: {
    text: 'Add an S3 data event selector covering all current and future buckets (read or all events) to a multi-region trail. put-event-selectors replaces every selector of the trail, so keep the management-event selector in the list. Data events are billed per event.',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html',
    cli: "aws cloudtrail put-event-selectors --trail-name <trail> --advanced-event-selectors '[{\"Name\":\"Management events\",\"FieldSelectors\":[{\"Field\":\"eventCategory\",\"Equals\":[\"Management\"]}]},{\"Name\":\"S3 object reads\",\"FieldSelectors\":[{\"Field\":\"eventCategory\",\"Equals\":[\"Data\"]},{\"Field\":\"resources.type\",\"Equals\":[\"AWS::S3::Object\"]},{\"Field\":\"readOnly\",\"Equals\":[\"true\"]}]}]'",
    terraform:
      'resource "aws_cloudtrail" "this" {\n  name                  = "<trail-name>"\n  s3_bucket_name        = "<trail-bucket-name>"\n  is_multi_region_trail = true\n  event_selector {\n    read_write_type           = "All"\n    include_management_events = true\n    data_resource {\n      type   = "AWS::S3::Object"\n      values = ["arn:aws:s3"]\n    }\n  }\n}',
    nativeIaC:
      'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: <trail-bucket-name>\n      IsMultiRegionTrail: true\n      EventSelectors:\n        - ReadWriteType: All\n          IncludeManagementEvents: true\n          DataResources:\n            - Type: AWS::S3::Object\n              Values:\n                - arn:aws:s3',
  },
  uses: [trails, trailList],
  run: (ctx) => reportS3DataEvents(ctx, 'read'),
});
