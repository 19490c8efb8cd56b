/**
 * Ctrl-C (SIGINT) and SIGTERM: stop at once, but leave things clean. The terminal gets its cursor and
 * line wrap back (the progress bar hides the one and may disable the other), "interrupted" is printed,
 * every registered clean-up runs (report files still being written are removed, so nothing half-written
 * is left looking complete), and the process exits 130 (128 + SIGINT; 143 for SIGTERM), as shells expect.
 * A second Ctrl-C during clean-up exits immediately.
 */

/** Shows the cursor (DECTCEM) and turns line wrap back on (DECAWM). */
export const RESTORE_TERMINAL = '\x1b[?25h\x1b[?7h';

type Cleanup = () => Promise<void> | void;
const cleanups = new Set<Cleanup>();

/** Run `fn` if the scan is interrupted; call the returned function once it is no longer needed. */
export function onInterrupt(fn: Cleanup): () => void {
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

export interface InterruptOptions {
  stream?: NodeJS.WriteStream;
  exit?: (code: number) => void;
  /** How long clean-up may take before prowl exits anyway. */
  timeoutMs?: number;
}

/** What happens on a signal: exported for tests, installed by installInterruptHandler. */
export async function handleInterrupt(signal: 'SIGINT' | 'SIGTERM', options: InterruptOptions = {}): Promise<void> {
  const stream = options.stream ?? process.stderr;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  if (stream.isTTY) stream.write(RESTORE_TERMINAL);
  stream.write(`\nprowl: interrupted${signal === 'SIGTERM' ? ' (SIGTERM)' : ''}; removing unfinished reports\n`);
  const pending = [...cleanups].map((fn) => Promise.resolve().then(fn).catch(() => undefined));
  cleanups.clear();
  await Promise.race([Promise.all(pending), new Promise((r) => setTimeout(r, options.timeoutMs ?? 3000).unref())]);
  exit(signal === 'SIGINT' ? 130 : 143);
}

let installed = false;
const listeners: Array<['SIGINT' | 'SIGTERM', () => void]> = [];

/**
 * For long-running commands with their own shutdown (`prowl serve`, `prowl worker` finish their running scans
 * on SIGTERM): remove the scan's handlers so they do not exit the process under them.
 */
export function releaseSignals(): void {
  for (const [signal, fn] of listeners.splice(0)) process.off(signal, fn);
  installed = false;
}

export function installInterruptHandler(options: InterruptOptions = {}): void {
  if (installed) return;
  installed = true;
  let count = 0;
  const on = (signal: 'SIGINT' | 'SIGTERM') => () => {
    if (++count > 1) {
      (options.stream ?? process.stderr).write(RESTORE_TERMINAL.repeat((options.stream ?? process.stderr).isTTY ? 1 : 0));
      (options.exit ?? process.exit)(signal === 'SIGINT' ? 130 : 143);
      return;
    }
    void handleInterrupt(signal, options);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    const fn = on(signal);
    listeners.push([signal, fn]);
    process.on(signal, fn);
  }
}
