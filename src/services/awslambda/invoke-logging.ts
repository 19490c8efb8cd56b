/**
 * Whether a CloudTrail trail records the Invoke data events of one Lambda function: classic data-resource
 * selectors (all functions, or the function's ARN) or advanced selectors (eventCategory Data on
 * AWS::Lambda::Function, with the ARN, event name, source and read-only conditions honoured). Invoke is a
 * write data event (readOnly false), so a read-only selector does not record it.
 */
import type { EventSelectorSummary } from '../cloudtrail/collectors.js';
import { fieldAccepts } from '../cloudtrail/trail-helpers.js';

const KNOWN_FIELDS = new Set(['eventCategory', 'resources.type', 'resources.ARN', 'readOnly', 'eventName', 'eventSource']);

export function recordsInvoke(sel: EventSelectorSummary, functionArn: string, partition: string): boolean {
  for (const s of sel.classic) {
    if (s.readWriteType === 'ReadOnly') continue;
    const all = `arn:${partition}:lambda`;
    if (s.dataResources.some((d) => d.type === 'AWS::Lambda::Function' && d.values.some((v) => v === all || v === `${all}:` || v === functionArn))) return true;
  }
  const fields: Record<string, string> = {
    eventCategory: 'Data',
    'resources.type': 'AWS::Lambda::Function',
    'resources.ARN': functionArn,
    readOnly: 'false',
    eventName: 'Invoke',
    eventSource: 'lambda.amazonaws.com',
  };
  return sel.advanced.some((a) => {
    const byField = new Map(a.fieldSelectors.map((f) => [f.field, f]));
    const cat = byField.get('eventCategory');
    const type = byField.get('resources.type');
    if (!cat || !type || !fieldAccepts(cat, 'Data') || !fieldAccepts(type, 'AWS::Lambda::Function')) return false;
    // Any other condition (userIdentity.arn, errorCode...) records only some invocations.
    if (a.fieldSelectors.some((f) => !KNOWN_FIELDS.has(f.field))) return false;
    return a.fieldSelectors.every((f) => fieldAccepts(f, fields[f.field]));
  });
}
