/**
 * Output files: written to a temporary file beside the target and renamed into place when complete, so a
 * killed run never leaves a truncated report under the final name; never through a symbolic link; readable
 * by the owner only (reports and inventories describe an account's weaknesses). Temporary files and folders
 * are removed when the process exits, is interrupted or terminated.
 */
import { createWriteStream, lstatSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** Temporary files and folders of this process, removed if it exits before they are renamed or cleaned. */
const temporaries = new Set<string>();
let hooked = false;

function removeTemporaries(): void {
  for (const p of temporaries) {
    try {
      rmSync(p, { recursive: true, force: true });
    } catch {
      /* best effort on the way out */
    }
  }
  temporaries.clear();
}

/** Remove `path` (a temporary file or folder) when the process exits, is interrupted or terminated. */
export function removeOnExit(path: string): void {
  temporaries.add(path);
  if (hooked) return;
  hooked = true;
  process.once('exit', removeTemporaries);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = () => {
      removeTemporaries();
      // Nobody else handles the signal: end the way the default handler would.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.once(signal, onSignal);
  }
}

/** No longer temporary (renamed into place, or removed by its owner). */
export function kept(path: string): void {
  temporaries.delete(path);
}

/** Refuse a target that is a symbolic link (or anything but a regular file): its target would be overwritten. */
export function assertWritableTarget(path: string): void {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return; // does not exist yet (or the folder is missing: the write reports that)
  }
  if (st.isSymbolicLink()) throw new Error(`refusing to write ${path}: it is a symbolic link`);
  if (!st.isFile()) throw new Error(`refusing to write ${path}: it exists and is not a regular file`);
}

export interface AtomicFile {
  /** The final path. */
  readonly path: string;
  /** Where the content goes until commit(). */
  readonly tmp: string;
  readonly stream: WriteStream;
  /** Rename the (closed) temporary file to the final path. */
  commit(): void;
  /** Remove the temporary file. */
  discard(): void;
}

/** Open `path` for writing through a temporary file created exclusively (never through a link), mode 0600. */
export function openAtomic(path: string, mode = 0o600): AtomicFile {
  assertWritableTarget(path);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  // Up to 1 MiB queued before write() asks the writer to wait: reports of a large scan are hundreds of MB, and
  // with the default 64 KiB the scan sat idle on every chunk's write to disk.
  const stream = createWriteStream(tmp, { encoding: 'utf8', flags: 'wx', mode, highWaterMark: 1 << 20 });
  removeOnExit(tmp);
  return {
    path,
    tmp,
    stream,
    commit() {
      assertWritableTarget(path);
      renameSync(tmp, path);
      kept(tmp);
    },
    discard() {
      rmSync(tmp, { force: true });
      kept(tmp);
    },
  };
}

