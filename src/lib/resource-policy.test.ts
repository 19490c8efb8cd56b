import { describe, expect, it } from 'vitest';
import { entryFor } from './resource-policy.js';
import type { CallError, Result } from '../core/types.js';

const denied: CallError = { kind: 'AccessDenied', code: 'AccessDenied', operation: 'sqs:ListQueues', message: 'no' };

describe('entryFor', () => {
  const fact: Result<Record<string, Result<string>>> = { ok: true, data: { a: { ok: true, data: 'policy' } } };

  it("returns the item's own entry", () => {
    expect(entryFor(fact, 'a', 'sqs:GetQueueAttributes')).toEqual({ ok: true, data: 'policy' });
  });

  it('is an error naming the operation when the item has no entry (never empty data)', () => {
    expect(entryFor(fact, 'b', 'sqs:GetQueueAttributes')).toMatchObject({
      ok: false,
      error: { code: 'NotCollected', operation: 'sqs:GetQueueAttributes' },
    });
  });

  it("is the whole fact's error when the fact failed", () => {
    expect(entryFor({ ok: false, error: denied }, 'a', 'sqs:GetQueueAttributes')).toEqual({ ok: false, error: denied });
  });
});
