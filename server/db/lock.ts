import crypto from 'node:crypto'
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
  /** Random per acquisition: tells this lock file from any other, even one of the same pid (null in old files). */
  nonce?: string | null
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

/** The owner written in a lock file's text: JSON, or a bare pid (locks written before the start time was recorded). */
function parseOwner(text: string | null): LockOwner | null {
  if (!text?.trim()) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return null
  }
  const owner = (typeof parsed === 'number' ? { pid: parsed } : parsed) as Partial<LockOwner> | null
  if (!owner || !Number.isInteger(owner.pid) || (owner.pid as number) <= 0) return null
  return {
    pid: owner.pid as number,
    bootId: owner.bootId ?? null,
    startTime: owner.startTime ?? null,
    nonce: owner.nonce ?? null,
  }
}

const readOwner = (file: string): LockOwner | null => parseOwner(readText(file))

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

/** What a lock file was when looked at: its inode, modification time and text (null once it is gone). */
interface Seen {
  ino: number
  mtimeMs: number
  text: string
}

function look(file: string): Seen | null {
  try {
    const stat = fs.statSync(file)
    return { ino: stat.ino, mtimeMs: stat.mtimeMs, text: fs.readFileSync(file, 'utf8') }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
}

const same = (a: Seen | null, b: Seen | null) =>
  a !== null && b !== null && a.ino === b.ino && a.mtimeMs === b.mtimeMs && a.text === b.text

/** Blocks this thread for `ms` (the lock is taken synchronously, before the server starts). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/** A takeover guard older than this was left by a process that died during its takeover (which takes microseconds). */
const GUARD_STALE_MS = 10_000

/**
 * Removes the stale lock `seen` at `file`, unless someone else does. A guard file named after this very lock file
 * (its inode, mtime and text) is created with `link`, which only one process can do; the guard holder then removes
 * `file` only if it is still the stale one it saw. Nobody can replace `file` meanwhile: a new lock is only ever linked
 * where there is none, and only the guard holder removes this one. A fresh lock always differs from the stale one
 * (its nonce), so it is never removed.
 */
function removeStale(file: string, seen: Seen, record: string): void {
  const id = crypto.createHash('sha256').update(`${seen.ino}:${seen.mtimeMs}:${seen.text}`).digest('hex').slice(0, 16)
  const guard = `${file}.takeover-${id}`
  const temp = `${guard}.${process.pid}.${crypto.randomBytes(6).toString('hex')}`
  fs.writeFileSync(temp, record, { flag: 'wx' })
  try {
    fs.linkSync(temp, guard)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    // another process is taking this stale lock over; a guard left by a crash is cleared after a while
    const age = Date.now() - (fs.statSync(guard, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
    if (age > GUARD_STALE_MS) fs.rmSync(guard, { force: true })
    return
  } finally {
    fs.rmSync(temp, { force: true })
  }
  try {
    if (same(look(file), seen)) fs.rmSync(file, { force: true })
  } finally {
    fs.rmSync(guard, { force: true })
  }
}

/**
 * Takes `DATA_DIR/.lock` (holding our pid, boot id, start time and a nonce). PGlite has no lock between processes,
 * and two writers on one data directory corrupt it, so a second server must fail fast. Exactly one process wins,
 * however many arrive at once: the record is written to a temporary file first and then linked to `.lock` (`link`
 * fails when the name exists), so the lock never exists without its owner. A lock left by a process that is no longer
 * running — dead pid, or the pid now used by another process after a reboot — is taken over without ever removing a
 * fresh one ({@link removeStale}).
 * @throws DataDirLockedError when a live process holds it (including this process, for a second open).
 */
export function acquireDataDirLock(dataDir: string, dataDirLabel: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, '.lock')
  const nonce = crypto.randomBytes(12).toString('hex')
  const record = `${JSON.stringify({ ...ownerOf(process.pid), nonce })}\n`
  const temp = `${file}.${process.pid}.${nonce}.tmp`
  fs.writeFileSync(temp, record, { flag: 'wx' })
  try {
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        fs.linkSync(temp, file)
        let released = false
        return {
          path: file,
          release() {
            if (released) return
            released = true
            if (readOwner(file)?.nonce === nonce) fs.rmSync(file, { force: true })
          },
        }
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      }
      const seen = look(file)
      if (!seen) continue
      const owner = parseOwner(seen.text)
      if (owner && ownerRunning(owner) && same(look(file), seen))
        throw new DataDirLockedError(dataDirLabel, owner.pid, file)
      // Unreadable: perhaps an old-style lock being written right now; give its writer a moment before judging it.
      if (!owner && attempt === 0) {
        pause(50)
        continue
      }
      if (!owner || !ownerRunning(owner)) removeStale(file, seen, record)
      pause(1 + Math.floor(Math.random() * 5))
    }
  } finally {
    fs.rmSync(temp, { force: true })
  }
  throw new DataDirLockedError(dataDirLabel, readOwner(file)?.pid ?? 0, file)
}
