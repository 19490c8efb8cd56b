/** Fixtures for the Secrets Manager metadata checks (the check tests cover PASS, FAIL and 'ERROR'). */
import type { Secret } from './collectors.js';

export const secret = (name: string, extra: Partial<Secret> = {}): Secret => ({ name, arn: `arn:aws:secretsmanager:us-east-1:123456789012:secret:${name}-AbCdEf`, ...extra });
