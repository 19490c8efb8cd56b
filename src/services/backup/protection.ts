/**
 * Whether an AWS Backup plan protects a resource: the one judgement behind every "<resource> protected by
 * a backup plan" check (DynamoDB tables, RDS instances and clusters, EBS volumes).
 *
 * A resource assignment (backup selection) reaches a resource, per the AWS Backup documentation, when:
 *  - it is named by `Resources` (an ARN, or a pattern where `*` stands for any run of characters; "*" alone
 *    is every resource), OR carries a tag of `ListOfTags` (StringEquals, any one of them suffices), OR the
 *    assignment names neither (then it covers every resource); AND
 *  - it satisfies every tag test of `Conditions` (StringEquals, StringNotEquals, StringLike, StringNotLike,
 *    case sensitive, `*` as wildcard; as in IAM, a missing tag fails the Equals/Like tests and passes the
 *    negated ones); AND
 *  - no `NotResources` ARN or pattern names it.
 * Plans are regional: only the assignments of the resource's own region count.
 *
 * Service opt-in: a resource type the assignment names explicitly (an ARN pattern with its service, e.g.
 * arn:aws:dynamodb:*:*:table/*) is backed up whatever the region's opt-in says, except Aurora, Neptune and
 * DocumentDB, which always need it; a resource reached only through "*", a service-less pattern or tags
 * is backed up only when its type is opted in (DescribeRegionSettings).
 */
import type { EvalContext } from '../../core/check.js';
import type { CallError, ResourceRef, Result } from '../../core/types.js';
import { describeCallError, notAvailableHere } from '../../aws/errors.js';
import { regionSettings, selections, type BackupSelection, type OptIn, type Selections, type TagTest } from './collectors.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctx = EvalContext<any>;

/** A resource as AWS Backup sees it. */
export interface BackupSubject {
  arn: string;
  tags: Record<string, string>;
  /** AWS Backup's resource type name, as in the opt-in settings: DynamoDB, RDS, Aurora, EBS, EC2, ... */
  backupType: string;
  /** Set when the resource's tags could not be read: assignments that test tags then cannot be decided. */
  tagsError?: CallError;
}

/** Resource types AWS Backup includes only when opted in, even when an assignment names them explicitly. */
const ALWAYS_NEED_OPT_IN = new Set(['Aurora', 'Neptune', 'DocumentDB']);

/** `*` matches any run of characters (none included); everything else literally, case sensitive. */
export function wildcardMatch(pattern: string, value: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 's');
  return re.test(value);
}

/** A pattern that names the service (arn:aws:dynamodb:...), as opposed to "*" or arn:aws:*:... */
const namesService = (pattern: string): boolean => {
  const service = pattern.split(':')[2];
  return pattern.startsWith('arn:') && service !== undefined && service !== '' && !service.includes('*');
};

const tagIs = (tags: Record<string, string>, t: TagTest) => tags[t.key] !== undefined && tags[t.key] === t.value;
const tagLike = (tags: Record<string, string>, t: TagTest) => tags[t.key] !== undefined && wildcardMatch(t.value, tags[t.key]);

/** Every tag test of Conditions holds (AND). */
export function conditionsHold(sel: BackupSelection, tags: Record<string, string>): boolean {
  const c = sel.conditions;
  return (
    c.stringEquals.every((t) => tagIs(tags, t)) &&
    c.stringNotEquals.every((t) => !tagIs(tags, t)) &&
    c.stringLike.every((t) => tagLike(tags, t)) &&
    c.stringNotLike.every((t) => !tagLike(tags, t))
  );
}

/**
 * How an assignment reaches a resource: not at all, by naming its type, only through "*" or tags, or
 * unknown (its tags could not be read and the assignment tests tags).
 */
export type Reach = 'no' | 'explicit' | 'generic' | 'unknown';

const testsTags = (sel: BackupSelection) => Object.values(sel.conditions).some((list) => list.length > 0);

export function reach(sel: BackupSelection, subject: BackupSubject): Reach {
  if (sel.notResources.some((p) => wildcardMatch(p, subject.arn))) return 'no';
  const byArn = sel.resources.filter((p) => wildcardMatch(p, subject.arn));
  let how: Reach = 'no';
  if (byArn.some(namesService)) how = 'explicit';
  else if (byArn.length || (!sel.resources.length && !sel.listOfTags.length)) how = 'generic';
  else if (sel.listOfTags.length) {
    if (subject.tagsError) return 'unknown';
    if (sel.listOfTags.some((t) => tagIs(subject.tags, t))) how = 'generic';
  }
  if (how === 'no') return 'no';
  if (testsTags(sel)) {
    if (subject.tagsError) return 'unknown';
    if (!conditionsHold(sel, subject.tags)) return 'no';
  }
  return how;
}

export type Coverage =
  | { status: 'protected'; by: BackupSelection[] }
  /** `notOptedIn`: assignments that reach the resource but do not back it up because its type is not opted in. */
  | { status: 'unprotected'; notOptedIn: BackupSelection[] }
  | { status: 'unknown'; error: CallError; why: string };

/**
 * The verdict for one resource from its region's assignments and opt-in settings. An assignment that could
 * not be read, or an opt-in setting that matters and could not be read, makes the answer unknown unless
 * another assignment already protects the resource.
 */
export function coverage(sels: Result<Selections>, optIn: Result<OptIn> | undefined, subject: BackupSubject): Coverage {
  // AWS Backup not offered (or not enabled) in the region: nothing there can be in a plan.
  if (!sels.ok && notAvailableHere(sels.error)) return { status: 'unprotected', notOptedIn: [] };
  if (!sels.ok) return { status: 'unknown', error: sels.error, why: 'the backup plans and their resource assignments could not be read' };
  const by: BackupSelection[] = [];
  const notOptedIn: BackupSelection[] = [];
  let optInError: CallError | undefined;
  let tagsUndecided = false;
  for (const sel of sels.data.selections) {
    const r = reach(sel, subject);
    if (r === 'no') continue;
    if (r === 'unknown') {
      tagsUndecided = true;
      continue;
    }
    if (r === 'explicit' && !ALWAYS_NEED_OPT_IN.has(subject.backupType)) {
      by.push(sel);
      continue;
    }
    if (!optIn) optInError = { kind: 'Failed', code: 'NotCollected', operation: regionSettings.operation, message: 'the AWS Backup region settings were not collected' };
    else if (!optIn.ok) optInError = optIn.error;
    else if (optIn.data[subject.backupType] === false) notOptedIn.push(sel);
    else by.push(sel);
  }
  if (by.length) return { status: 'protected', by };
  const unread = sels.data.unread[0];
  if (unread) {
    const which = unread.selectionName ? `resource assignment ${unread.selectionName} of backup plan ${unread.planName}` : `the resource assignments of backup plan ${unread.planName}`;
    return { status: 'unknown', error: unread.error, why: `${which} could not be read` };
  }
  if (tagsUndecided && subject.tagsError) return { status: 'unknown', error: subject.tagsError, why: 'a backup plan selects resources by tag, and its tags could not be read' };
  if (optInError) return { status: 'unknown', error: optInError, why: `a backup plan selects it only by "*" or by tag, and whether ${subject.backupType} is opted in could not be read` };
  return { status: 'unprotected', notOptedIn };
}

/** The facts every protected-by-backup-plan check reads. */
export const coverageFacts = [selections, regionSettings];

/** Coverage lookups by region for one evaluation. */
export function coverageIn(ctx: Ctx): (region: string, subject: BackupSubject) => Coverage {
  const sels = new Map(ctx.regional(selections).map(({ region, result }) => [region, result]));
  const opt = new Map(ctx.regional(regionSettings).map(({ region, result }) => [region, result]));
  return (region, subject) =>
    coverage(sels.get(region) ?? { ok: true, data: { selections: [], unread: [] } }, opt.get(region), subject);
}

const names = (list: BackupSelection[]) => [...new Set(list.map((s) => `${s.planName} (assignment ${s.name})`))].join(', ');

/** PASS, FAIL or ERROR for one resource. `via` words a protection that comes through another resource. */
export function reportCoverage(ctx: Ctx, resource: ResourceRef, label: string, cov: Coverage, via = ''): void {
  if (cov.status === 'protected') ctx.pass(resource, `${label} is protected by backup plan ${names(cov.by)}${via}.`);
  else if (cov.status === 'unknown') ctx.error(resource, cov.error, `Could not tell whether ${label} is protected by a backup plan: ${cov.why} (${describeCallError(cov.error)}).`);
  else if (cov.notOptedIn.length) {
    ctx.fail(resource, `${label} is not protected by a backup plan: ${names(cov.notOptedIn)} select it only by "*" or by tag, and its resource type is not opted in to AWS Backup in this region.`);
  } else ctx.fail(resource, `${label} is not included in any backup plan's resource assignment in its region.`);
}

/** AWS Backup's resource type for an RDS DB cluster: Aurora, or RDS for a Multi-AZ DB cluster. */
export const rdsClusterBackupType = (engine: string): string => (engine.toLowerCase().startsWith('aurora') ? 'Aurora' : 'RDS');
