import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../aws/errors.js';
import { incidentSetup } from '../collectors.js';

export default defineCheck({
  id: 'ssmincidents_enabled_with_plans',
  title: 'Incident Manager is set up with response plans',
  service: 'ssmincidents',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['resilience'],
  description: 'Checks, in the home region, that Systems Manager Incident Manager has an active replication set and at least one response plan.',
  risk: 'Without response plans, incidents start with nobody engaged, no runbook and no timeline, which lengthens outages and breaches.',
  remediation: {
    text: 'Set up Incident Manager (replication set in your main regions), then create response plans with contacts, escalation and runbooks for your critical services.',
    url: 'https://docs.aws.amazon.com/incident-manager/latest/userguide/getting-started.html',
    terraform:
      'resource "aws_ssmincidents_replication_set" "this" {\n  region {\n    name = "<region>"\n  }\n}\n\nresource "aws_ssmincidents_response_plan" "this" {\n  name        = "<critical-service>-outage"\n  engagements = ["<contact-arn>"]\n  incident_template {\n    title  = "<critical-service> outage"\n    impact = 1\n  }\n  depends_on = [aws_ssmincidents_replication_set.this]\n}',
    nativeIaC:
      'Resources:\n  ReplicationSet:\n    Type: AWS::SSMIncidents::ReplicationSet\n    Properties:\n      Regions:\n        - RegionName: !Ref AWS::Region\n  ResponsePlan:\n    Type: AWS::SSMIncidents::ResponsePlan\n    Properties:\n      Name: <critical-service>-outage\n      IncidentTemplate:\n        Title: <critical-service> outage\n        Impact: 1\n      Engagements:\n        - <contact-arn>',
  },
  uses: [incidentSetup],
  run(ctx) {
    const home = ctx.regional(incidentSetup).find((r) => r.region === ctx.homeRegion) ?? ctx.regional(incidentSetup)[0];
    if (!home) return;
    const resource = ctx.accountResource(home.region);
    if (!home.result.ok) return ctx.error(resource, home.result.error, `Could not read Incident Manager: ${describeCallError(home.result.error)}.`);
    const { replicationSet, responsePlans } = home.result.data;
    if (!replicationSet) return ctx.fail(resource, 'Incident Manager is not set up (no replication set).');
    const rs = { arn: replicationSet.arn, id: replicationSet.arn.split('/').pop() ?? replicationSet.arn, region: home.region };
    if (replicationSet.status !== 'ACTIVE') return ctx.fail(rs, `The Incident Manager replication set is ${replicationSet.status}, not ACTIVE.`);
    if (!responsePlans.length) return ctx.fail(rs, 'Incident Manager is set up but has no response plan.');
    ctx.pass(rs, `Incident Manager is active with ${responsePlans.length} response plan(s).`);
  },
});
