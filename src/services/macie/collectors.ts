/**
 * Amazon Macie collectors.
 *
 * GetMacieSession answers with the account's Macie status in the region. When Macie has never been
 * enabled (or was disabled), AWS does not return a status: it fails the call with AccessDeniedException
 * and the message "Macie is not enabled." (HTTP 401). A real permission problem is also an
 * AccessDeniedException, but its message names the missing permission ("... is not authorized to
 * perform: macie2:GetMacieSession ...", HTTP 403). So the two are told apart by the message: only the
 * "not enabled" wording is data (status DISABLED); any other AccessDeniedException stays an error.
 * ResourceNotFoundException (no session exists; what moto answers once Macie is disabled) also means DISABLED.
 */
import { defineFact } from '../../core/fact.js';
import { awsErrorCode } from '../../aws/errors.js';

export interface MacieSession {
  /** ENABLED, PAUSED (suspended), or DISABLED when the account has no Macie session in the region. */
  status: string;
}

/** True when the error is Macie's way of saying the account has not enabled it in this region. */
export function isMacieNotEnabled(err: unknown): boolean {
  const code = awsErrorCode(err);
  const message = String((err as { message?: string } | undefined)?.message ?? '');
  if (code === 'ResourceNotFoundException') return true;
  return code === 'AccessDeniedException' && /\bMacie is not enabled\b/i.test(message) && !/not authorized to perform/i.test(message);
}

export const session = defineFact<MacieSession>({
  id: 'macie.session',
  service: 'macie2',
  scope: 'regional',
  operation: 'macie2:GetMacieSession',
  async collect(ctx) {
    const { GetMacieSessionCommand } = await import('@aws-sdk/client-macie2');
    const macie = await ctx.client('macie2');
    try {
      const s = await macie.send(new GetMacieSessionCommand({}));
      return { status: s.status ?? 'ENABLED' };
    } catch (err) {
      if (isMacieNotEnabled(err)) return { status: 'DISABLED' };
      throw err;
    }
  },
});

/** Automated sensitive data discovery status (ENABLED or DISABLED); DISABLED too when Macie itself is not enabled. */
export const automatedDiscovery = defineFact<{ status: string; macieEnabled: boolean }>({
  id: 'macie.automatedDiscovery',
  service: 'macie2',
  scope: 'regional',
  operation: 'macie2:GetAutomatedDiscoveryConfiguration',
  async collect(ctx) {
    const { GetAutomatedDiscoveryConfigurationCommand } = await import('@aws-sdk/client-macie2');
    const macie = await ctx.client('macie2');
    const s = await ctx.need(session);
    if (s.status === 'DISABLED') return { status: 'DISABLED', macieEnabled: false };
    const r = await macie.send(new GetAutomatedDiscoveryConfigurationCommand({}));
    return { status: r.status ?? 'DISABLED', macieEnabled: true };
  },
});
