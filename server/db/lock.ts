import fs from 'node:fs'
import path from 'node:path'

/** Thrown when another live process holds the PGlite data directory. */
export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError'
  constructor(
    readonly dataDirLabel: string,
    readonly pid: number,
  ) {
    super(
      `数据目录 ${dataDirLabel} 正被另一个进程（pid ${pid}）使用。请先停止该进程，或用 DATA_DIR 指定另一个目录。` +
        ` / Data directory ${dataDirLabel} is in use by another process (pid ${pid}).`,
    )
  }
}

/** A held lock; `release()` is idempotent. */
export interface DataDirLock {
  path: string
  release(): void
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: the process exists but belongs to someone else — still alive.
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8').trim(), 10)
    return Number.isInteger(pid) && pid > 0 ? pid : null
  } catch {
    return null
  }
}

/**
 * Takes `DATA_DIR/.lock` (holding our pid). PGlite has no lock between processes, and two writers on one data
 * directory corrupt it, so a second server must fail fast. A lock left by a dead process is taken over.
 * @throws DataDirLockedError when a live process holds it (including this process, for a second open).
 */
export function acquireDataDirLock(dataDir: string, dataDirLabel: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, '.lock')
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // 'wx' fails if the file exists: creating it is the atomic "take the lock".
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' })
      let released = false
      return {
        path: file,
        release() {
          if (released) return
          released = true
          if (readPid(file) === process.pid) fs.rmSync(file, { force: true })
        },
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      const pid = readPid(file)
      if (pid !== null && isAlive(pid)) throw new DataDirLockedError(dataDirLabel, pid)
      // Stale (dead pid or unreadable): remove and retry the atomic create; a racing process may win, then we fail.
      fs.rmSync(file, { force: true })
    }
  }
  throw new DataDirLockedError(dataDirLabel, readPid(file) ?? 0)
}
