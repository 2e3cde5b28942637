import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { openDatabase } from '../../server/db/database'
import {
  acquireDataDirLock,
  currentBootId,
  DataDirLockedError,
  type LockOwner,
  processStartTime,
} from '../../server/db/lock'
import { runScript } from './helpers/run-script'
import { buildTemplate, dropTemplate, type Template } from './helpers/template'
import { cloneTestDatabase } from './helpers/test-app'

// The lock guards PGlite only; on a PostgreSQL run this file still exercises it on its own PGlite template.
let template: Template | null = null
let dir: string
let dropDir: () => Promise<void>

beforeAll(async () => {
  const db = process.env.DATABASE_URL ? null : await cloneTestDatabase()
  if (db?.dataDir) {
    dir = db.dataDir
    dropDir = db.drop
  } else {
    template = await buildTemplate('')
    dir = (template as { dir: string }).dir
    dropDir = async () => {}
  }
})
afterAll(async () => {
  await dropDir()
  if (template) await dropTemplate(template)
})

/** The holder written in DATA_DIR/.lock. */
function lockOwner(): LockOwner {
  return JSON.parse(fs.readFileSync(path.join(dir, '.lock'), 'utf8'))
}

test('a second open of the same data directory fails fast with the pid; closing releases it', async () => {
  const first = await openDatabase({ dataDir: dir, dataDirLabel: './data' })
  expect(lockOwner().pid).toBe(process.pid)
  const started = Date.now()
  const second = openDatabase({ dataDir: dir, dataDirLabel: './data' })
  await expect(second).rejects.toBeInstanceOf(DataDirLockedError)
  await expect(second).rejects.toThrow(`数据目录 ./data 正被另一个进程（pid ${process.pid}）使用`)
  await expect(second).rejects.toThrow(`锁文件 ${path.join(dir, '.lock')}`)
  expect(Date.now() - started).toBeLessThan(500)
  await first.close()
  expect(fs.existsSync(path.join(dir, '.lock'))).toBe(false)
  const again = await openDatabase({ dataDir: dir, dataDirLabel: './data' })
  await again.close()
})

test('a second server process on the same DATA_DIR exits 1 with the message', async () => {
  const first = await openDatabase({ dataDir: dir, dataDirLabel: dir })
  try {
    const result = runScript('server/server.ts', [], { env: { DATA_DIR: dir, PORT: '0', NODE_ENV: 'test' } })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`正被另一个进程（pid ${process.pid}）使用`)
  } finally {
    await first.close()
  }
})

test('a stale lock left by a dead process is taken over', () => {
  // A pid that surely is not running: a child that has already exited.
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
  const deadPid = Number(child.stdout)
  fs.writeFileSync(path.join(dir, '.lock'), `${deadPid}\n`)
  const lock = acquireDataDirLock(dir, './data')
  expect(lockOwner().pid).toBe(process.pid)
  lock.release()
  expect(fs.existsSync(path.join(dir, '.lock'))).toBe(false)
})

test('the lock records the boot and the start time of its holder', () => {
  const lock = acquireDataDirLock(dir, './data')
  try {
    expect(lockOwner()).toEqual({
      pid: process.pid,
      bootId: fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim(),
      startTime: processStartTime(process.pid),
      // tells this lock file from any other, so a stale-lock takeover never removes a fresh one
      nonce: expect.stringMatching(/^[0-9a-f]{24}$/),
    })
    expect(processStartTime(process.pid)).toMatch(/^\d+$/)
  } finally {
    lock.release()
  }
})

describe('a live pid that is not the holder (pid reused after a reboot) does not block the start', () => {
  // This process is alive, so its pid stands for "some live process now using the old holder's pid".
  const write = (owner: object | string) =>
    fs.writeFileSync(path.join(dir, '.lock'), typeof owner === 'string' ? owner : JSON.stringify(owner))
  const takeAndRelease = () => {
    const lock = acquireDataDirLock(dir, './data')
    expect(lockOwner()).toMatchObject({ pid: process.pid, startTime: processStartTime(process.pid) })
    lock.release()
  }

  test('another start time: taken over', () => {
    write({ pid: process.pid, bootId: currentBootId(), startTime: '1' })
    takeAndRelease()
  })

  test('another boot: taken over', () => {
    write({
      pid: process.pid,
      bootId: '00000000-0000-0000-0000-000000000000',
      startTime: processStartTime(process.pid),
      // tells this lock file from any other, so a stale-lock takeover never removes a fresh one
      nonce: expect.stringMatching(/^[0-9a-f]{24}$/),
    })
    takeAndRelease()
  })

  test('the same boot and start time: refused, naming the lock file', () => {
    write({ pid: process.pid, bootId: currentBootId(), startTime: processStartTime(process.pid) })
    expect(() => acquireDataDirLock(dir, './data')).toThrow(
      `数据目录 ./data 正被另一个进程（pid ${process.pid}）使用。请先停止该进程，或用 DATA_DIR 指定另一个目录；` +
        `如确认没有服务在用它，可删除锁文件 ${path.join(dir, '.lock')}。`,
    )
    fs.rmSync(path.join(dir, '.lock'))
  })

  test('a lock from before start times were recorded (a bare live pid): refused, to be safe', () => {
    write(`${process.pid}\n`)
    expect(() => acquireDataDirLock(dir, './data')).toThrow(DataDirLockedError)
    fs.rmSync(path.join(dir, '.lock'))
  })
})
