import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

/**
 * A lock file held by this process: `release` removes it.
 *
 * @example
 * ```ts
 * const lock = acquireLock('/repo/datasets/events/.build.lock');
 * if ('release' in lock) try { … } finally { lock.release(); }
 * ```
 */
export interface HeldLock {
  release(): void;
}

/** Whether a process with this id is running (a signal-0 probe). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as { code?: unknown }).code === 'EPERM';
  }
}

/**
 * Takes a lock file holding this process's id, created exclusively so two processes cannot both
 * take it. A lock left by a process that no longer runs (a killed build) is stale: it is removed
 * and taken. Returns the lock, or the id of the running process that holds it.
 *
 * @param path - The lock file.
 * @example
 * ```ts
 * const lock = acquireLock('/repo/datasets/events/.build.lock');
 * if ('heldBy' in lock) console.error(`another build (process ${lock.heldBy}) is running`);
 * ```
 */
export function acquireLock(path: string): HeldLock | { heldBy: number } {
  for (let attempt = 0; ; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
      let pid = Number.NaN;
      try {
        pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
      } catch {
        // Removed meanwhile, or unreadable: treated as stale.
      }
      if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) return { heldBy: pid };
      // Another process took it between the removal of a stale lock and the retry.
      if (attempt >= 2) return { heldBy: Number.isInteger(pid) ? pid : 0 };
      rmSync(path, { force: true });
      continue;
    }
    try {
      writeSync(fd, `${process.pid}\n`);
    } finally {
      closeSync(fd);
    }
    return { release: () => rmSync(path, { force: true }) };
  }
}
