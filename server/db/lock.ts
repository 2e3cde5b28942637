import fs from 'node:fs'
import path from 'node:path'

/** Thrown when another live process holds the PGlite data directory. */
export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError'
  constructor(
    readonly dataDirLabel: string,
    readonly pid: number,
    readonly lockFile: string,
  ) {
    super(
      `数据目录 ${dataDirLabel} 正被另一个进程（pid ${pid}）使用。请先停止该进程，或用 DATA_DIR 指定另一个目录；` +
        `如确认没有服务在用它，可删除锁文件 ${lockFile}。` +
        ` / Data directory ${dataDirLabel} is in use by another process (pid ${pid}); lock file ${lockFile}.`,
    )
  }
}

/** A held lock; `release()` is idempotent. */
export interface DataDirLock {
  path: string
  release(): void
}

/**
 * Who holds the lock. A pid alone is not enough: after a reboot (or long uptime) the pid in a stale lock may belong
 * to an unrelated live process, so the boot and the process start time are recorded too where the system tells them
 * (Linux /proc); null where it does not.
 */
export interface LockOwner {
  pid: number
  /** /proc/sys/kernel/random/boot_id when the lock was taken. */
  bootId: string | null
  /** Field 22 of /proc/<pid>/stat (clock ticks since boot) of the holder. */
  startTime: string | null
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    return null
  }
}

/** This boot's id, or null off Linux. */
export function currentBootId(): string | null {
  return readText('/proc/sys/kernel/random/boot_id') || null
}

/** When `pid` started (ticks since boot, from /proc/<pid>/stat), or null when unknown or not running. */
export function processStartTime(pid: number): string | null {
  const stat = readText(`/proc/${pid}/stat`)
  if (!stat) return null
  // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ')'. starttime is
  // field 22; the text after ')' starts at field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return fields[22 - 3] ?? null
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

/** The owner written in a lock file: JSON, or a bare pid (locks written before the start time was recorded). */
function readOwner(file: string): LockOwner | null {
  const text = readText(file)
  if (!text) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return null
  }
  const owner = (typeof parsed === 'number' ? { pid: parsed } : parsed) as Partial<LockOwner> | null
  if (!owner || !Number.isInteger(owner.pid) || (owner.pid as number) <= 0) return null
  return { pid: owner.pid as number, bootId: owner.bootId ?? null, startTime: owner.startTime ?? null }
}

/**
 * Whether the recorded owner is still running: its pid is alive, in the same boot, and started when recorded.
 * What cannot be compared (no /proc, an old lock file) is not held against the owner: better to refuse a start than
 * to let two processes write one data directory.
 */
function ownerRunning(owner: LockOwner): boolean {
  if (!isAlive(owner.pid)) return false
  const bootId = currentBootId()
  if (owner.bootId && bootId && owner.bootId !== bootId) return false
  const startTime = processStartTime(owner.pid)
  if (owner.startTime && startTime && owner.startTime !== startTime) return false
  return true
}

function ownerOf(pid: number): LockOwner {
  return { pid, bootId: currentBootId(), startTime: processStartTime(pid) }
}

/**
 * Takes `DATA_DIR/.lock` (holding our pid, boot id and start time). PGlite has no lock between processes, and two
 * writers on one data directory corrupt it, so a second server must fail fast. A lock left by a process that is no
 * longer running — dead pid, or the pid now used by another process after a reboot — is taken over.
 * @throws DataDirLockedError when a live process holds it (including this process, for a second open).
 */
export function acquireDataDirLock(dataDir: string, dataDirLabel: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, '.lock')
  const record = `${JSON.stringify(ownerOf(process.pid))}\n`
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // 'wx' fails if the file exists: creating it is the atomic "take the lock".
      fs.writeFileSync(file, record, { flag: 'wx' })
      let released = false
      return {
        path: file,
        release() {
          if (released) return
          released = true
          if (readOwner(file)?.pid === process.pid) fs.rmSync(file, { force: true })
        },
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      const owner = readOwner(file)
      if (owner && ownerRunning(owner)) throw new DataDirLockedError(dataDirLabel, owner.pid, file)
      // Stale (not running, or unreadable): remove and retry the atomic create; a racing process may win, then we fail.
      fs.rmSync(file, { force: true })
    }
  }
  throw new DataDirLockedError(dataDirLabel, readOwner(file)?.pid ?? 0, file)
}
