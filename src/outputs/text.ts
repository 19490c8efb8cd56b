/**
 * Prowler 2's console report as a writer: `text` (ANSI colour) and `mono` (plain), to a file or to a
 * stream such as stdout. Findings arrive check by check; each check starts with a header line and each
 * finding is one indented line:
 *
 *   CIS-7.0 3.1.1 [s3_bucket_secure_transport_policy] S3 buckets deny plain HTTP - s3 [High]
 *          PASS! eu-west-1: Bucket good denies plain HTTP.
 *          FAIL! eu-west-1: Bucket bad allows plain HTTP.
 *       WARNING! eu-west-1: Bucket old allows plain HTTP. (muted: legacy bucket)
 *          INFO! us-east-1: Check the contact details by hand.
 *         ERROR! eu-west-1: Could not evaluate: s3:GetBucketPolicy was denied (AccessDenied).
 *
 * The header's control ids come from the primary framework (see primaryControl in json.ts), prefixed with
 * that framework's label so the numbering is never mistaken for another version's; a check with no
 * framework mapping has none. Status words follow Prowler 2 (INFO for MANUAL, WARNING for a muted
 * FAIL); other muted findings keep their word and get the "(muted: ...)" note too. Control characters
 * in AWS values are shown as "?" so they cannot drive the terminal. Colours: PASS green, FAIL red,
 * WARNING yellow, INFO blue, ERROR magenta, header bold.
 */
import pc from 'picocolors';
import type { Check } from '../core/check.js';
import type { Finding } from '../core/types.js';
import type { Framework } from '../compliance/index.js';
import { frameworkLabel, openAtomic, terminalSafe } from './common.js';
import { primaryControl, prowler2Status, severityCaption } from './json.js';
import type { OutputWriter } from './types.js';

export interface TextWriterOptions {
  /** true for `text`, false for `mono`. */
  colour: boolean;
  /** Frameworks selected for the scan: the first one a check maps to gives the header's control ids. */
  frameworks?: readonly Framework[];
}

export function formatCheckHeader(finding: Finding, check: Check, options: TextWriterOptions): string {
  const c = pc.createColors(options.colour);
  const control = primaryControl(finding, options.frameworks);
  // The numbering is one framework's: say which ("CIS-7.0 3.1.1"), numbers differ between versions.
  const ids = control ? `${frameworkLabel(control.framework)} ${control.ids.join(' ')} ` : '';
  return c.bold(`${ids}[${finding.checkId}] ${terminalSafe(check.title)} - ${check.service} [${severityCaption(check.severity)}]`);
}

export function formatTextLine(finding: Finding, options: Pick<TextWriterOptions, 'colour'>): string {
  const c = pc.createColors(options.colour);
  const word = prowler2Status(finding);
  const paint = { PASS: c.green, FAIL: c.red, WARNING: c.yellow, INFO: c.blue, ERROR: c.magenta }[word];
  const muted = finding.muted ? ` (muted${finding.mutedBy ? `: ${terminalSafe(finding.mutedBy)}` : ''})` : '';
  return `${paint(`${word}!`.padStart(14))} ${finding.region}: ${terminalSafe(finding.statusExtended)}${muted}`;
}

/** A text/mono writer. Given a path it owns the file; given a stream (stdout) it writes but never ends it. */
export function createTextWriter(target: string | NodeJS.WritableStream, options: TextWriterOptions): OutputWriter {
  const owned = typeof target === 'string';
  const file = owned ? openAtomic(target) : undefined;
  const out: NodeJS.WritableStream = file ? file.stream : (target as NodeJS.WritableStream);
  let failure: unknown;
  const onError = (err: unknown) => {
    failure ??= err;
  };
  out.on('error', onError);
  let lastCheck: string | undefined;

  /** Resolves on drain, or when the stream closes or fails (write() then reports the failure). */
  const drained = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        out.off('drain', done).off('close', done).off('error', done);
        resolve();
      };
      out.on('drain', done).on('close', done).on('error', done);
    });

  const put = async (s: string) => {
    if (failure) throw failure;
    if (!out.write(s)) await drained();
    if (failure) throw failure;
  };

  return {
    path: owned ? target : '-',
    async write(finding, check) {
      let s = '';
      if (finding.checkId !== lastCheck) {
        s += `${lastCheck === undefined ? '' : '\n'}${formatCheckHeader(finding, check, options)}\n`;
        lastCheck = finding.checkId;
      }
      await put(`${s}${formatTextLine(finding, options)}\n`);
    },
    async close() {
      if (failure) throw failure;
      if (!owned) {
        out.off('error', onError);
        return;
      }
      await new Promise<void>((resolve, reject) => {
        out.once('error', reject);
        // The callback gets the stream's error, which can come before the 'error' event (a file that never opened).
        out.end((err?: Error | null) => {
          if (err || failure) {
            file?.discard();
            return reject(err ?? failure);
          }
          try {
            file?.commit();
            resolve();
          } catch (e) {
            reject(e);
          }
        });
      });
    },
  };
}
