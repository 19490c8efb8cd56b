/**
 * Collection progress: a bar on a terminal, a few plain lines elsewhere (CI logs, pipes).
 */
import cliProgress from 'cli-progress';

export interface Progress {
  start(total: number): void;
  tick(calls: number): void;
  stop(summary: string): void;
}

export function createProgress(stream: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled) return { start() {}, tick() {}, stop() {} };
  const tty = Boolean(stream.isTTY) && !process.env.CI;
  if (tty) {
    const bar = new cliProgress.SingleBar(
      {
        format: 'Collecting |{bar}| {value}/{total} facts | {calls} API calls | {duration}s',
        stream,
        hideCursor: true,
        clearOnComplete: true,
        barsize: 30,
      },
      cliProgress.Presets.shades_classic,
    );
    let done = 0;
    return {
      start: (total) => bar.start(total, 0, { calls: 0 }),
      tick: (calls) => bar.update(++done, { calls }),
      stop: (summary) => {
        bar.stop();
        stream.write(`${summary}\n`);
      },
    };
  }
  let total = 0;
  let done = 0;
  let nextMark = 0.25;
  const started = Date.now();
  return {
    start: (t) => {
      total = t;
      stream.write(`Collecting ${t} facts...\n`);
    },
    tick: (calls) => {
      done++;
      if (total && done / total >= nextMark && done < total) {
        stream.write(`  ${Math.round((done / total) * 100)}% (${done}/${total} facts, ${calls} API calls, ${((Date.now() - started) / 1000).toFixed(1)}s)\n`);
        while (done / total >= nextMark) nextMark += 0.25;
      }
    },
    stop: (summary) => stream.write(`${summary}\n`),
  };
}
