/**
 * Privilege escalation paths in IAM, kept as data: each entry is a set of actions that together let a
 * principal give itself more permissions than it was granted. The combinations are the publicly
 * documented ones (Rhino Security Labs' research and the AWS documentation of each action): changing
 * one's own policies, minting credentials for another user, and passing a role to a compute service the
 * principal can then drive. A policy "allows escalation" when it allows every action of one entry on
 * at least one resource, as decided by the evaluator (so Deny, NotAction and wildcards count).
 */
import { allowedActions, statementsOf } from './evaluate.js';

export interface EscalationPath {
  /** Short name for messages. */
  name: string;
  /** Every action is needed. */
  actions: string[];
  /** Why it escalates, in a few words. */
  how: string;
}

export const ESCALATION_PATHS: readonly EscalationPath[] = [
  { name: 'CreatePolicyVersion', actions: ['iam:CreatePolicyVersion'], how: 'publish a new default version of a managed policy it holds' },
  { name: 'SetDefaultPolicyVersion', actions: ['iam:SetDefaultPolicyVersion'], how: 'switch a policy it holds to a broader older version' },
  { name: 'AttachUserPolicy', actions: ['iam:AttachUserPolicy'], how: 'attach AdministratorAccess to a user' },
  { name: 'AttachGroupPolicy', actions: ['iam:AttachGroupPolicy'], how: 'attach any managed policy to its group' },
  { name: 'AttachRolePolicy', actions: ['iam:AttachRolePolicy', 'sts:AssumeRole'], how: 'attach any policy to a role and assume it' },
  { name: 'PutUserPolicy', actions: ['iam:PutUserPolicy'], how: 'write an inline admin policy on a user' },
  { name: 'PutGroupPolicy', actions: ['iam:PutGroupPolicy'], how: 'write an inline admin policy on its group' },
  { name: 'PutRolePolicy', actions: ['iam:PutRolePolicy', 'sts:AssumeRole'], how: 'write an inline policy on a role and assume it' },
  { name: 'AddUserToGroup', actions: ['iam:AddUserToGroup'], how: 'join a more privileged group' },
  { name: 'UpdateAssumeRolePolicy', actions: ['iam:UpdateAssumeRolePolicy', 'sts:AssumeRole'], how: 'rewrite a role trust policy to let itself assume the role' },
  { name: 'CreateAccessKey', actions: ['iam:CreateAccessKey'], how: 'create access keys for another user' },
  { name: 'CreateLoginProfile', actions: ['iam:CreateLoginProfile'], how: 'set a console password for another user' },
  { name: 'UpdateLoginProfile', actions: ['iam:UpdateLoginProfile'], how: "change another user's console password" },
  { name: 'PassRole+EC2', actions: ['iam:PassRole', 'ec2:RunInstances'], how: 'launch an instance with a privileged role and use its credentials' },
  {
    name: 'PassRole+Lambda+Invoke',
    actions: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'],
    how: 'create and invoke a function running as a privileged role',
  },
  {
    name: 'PassRole+Lambda+EventSource',
    actions: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping'],
    how: 'create a function running as a privileged role and trigger it from an event source',
  },
  { name: 'Lambda UpdateFunctionCode', actions: ['lambda:UpdateFunctionCode'], how: 'replace the code of a function that runs as a privileged role' },
  { name: 'PassRole+Glue', actions: ['iam:PassRole', 'glue:CreateDevEndpoint'], how: 'create a Glue development endpoint with a privileged role' },
  { name: 'Glue UpdateDevEndpoint', actions: ['glue:UpdateDevEndpoint'], how: 'add its SSH key to an existing Glue endpoint and use its role' },
  { name: 'PassRole+CloudFormation', actions: ['iam:PassRole', 'cloudformation:CreateStack'], how: 'create a stack that runs as a privileged role' },
  {
    name: 'PassRole+DataPipeline',
    actions: ['iam:PassRole', 'datapipeline:CreatePipeline', 'datapipeline:PutPipelineDefinition', 'datapipeline:ActivatePipeline'],
    how: 'run commands in a pipeline as a privileged role',
  },
  {
    name: 'PassRole+SageMaker notebook',
    actions: ['iam:PassRole', 'sagemaker:CreateNotebookInstance', 'sagemaker:CreatePresignedNotebookInstanceUrl'],
    how: 'open a notebook running as a privileged role',
  },
  {
    name: 'PassRole+ECS',
    actions: ['iam:PassRole', 'ecs:RegisterTaskDefinition', 'ecs:RunTask'],
    how: 'run a task whose task role is privileged',
  },
  {
    name: 'PassRole+CodeBuild',
    actions: ['iam:PassRole', 'codebuild:CreateProject', 'codebuild:StartBuild'],
    how: 'run a build whose service role is privileged',
  },
  {
    name: 'PassRole+AutoScaling',
    actions: ['iam:PassRole', 'autoscaling:CreateLaunchConfiguration', 'autoscaling:CreateAutoScalingGroup'],
    how: 'launch instances with a privileged instance profile',
  },
];

/** The escalation paths the policies (together) open, in table order. */
export function escalationPaths(docs: unknown, paths: readonly EscalationPath[] = ESCALATION_PATHS): EscalationPath[] {
  const statements = statementsOf(docs);
  const every = [...new Set(paths.flatMap((p) => p.actions))];
  const allowed = new Set(allowedActions(statements, every).map((a) => a.toLowerCase()));
  return paths.filter((p) => p.actions.every((a) => allowed.has(a.toLowerCase())));
}
