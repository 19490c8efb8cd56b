/** Fixtures for the GuardDuty check tests. */
import type { Detector, DetectorDetail } from './collectors.js';

export function detector(id: string, detail: DetectorDetail, extra: Partial<Detector> = {}): Detector {
  return {
    id,
    arn: `arn:aws:guardduty:us-east-1:123456789012:detector/${id}`,
    detail: { ok: true, data: detail },
    administrator: { ok: true, data: null },
    members: { ok: true, data: [] },
    highSeverityFindings: { ok: true, data: 0 },
    organizationAutoEnable: { ok: true, data: null },
    ...extra,
  };
}
