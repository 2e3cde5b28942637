import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import { ROOT } from './helpers/run-script'

// Issue #9 item 9: two servers reaching the PGlite data-dir lock at the same instant must never both win — neither on
// a fresh directory nor when taking over a stale lock. Two plain `node` processes (helpers/lock-racer.ts) call the
// lock function at the same instant, 50 rounds each way; every round must have exactly one winner.
const ROUNDS = 50

interface Racer {
  child: ChildProcessWithoutNullStreams
  next(): Promise<string>
}

function startRacer(): Racer {
  const tsx = path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')
  const child = spawn(process.execPath, ['--import', tsx, path.join(__dirname, 'helpers/lock-racer.ts')], {
    env: { PATH: process.env.PATH } as unknown as NodeJS.ProcessEnv,
  })
  const lines: string[] = []
  const waiting: ((line: string) => void)[] = []
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    const waiter = waiting.shift()
    if (waiter) waiter(line)
    else lines.push(line)
  })
  return {
    child,
    next: () => {
      const line = lines.shift()
      return line !== undefined ? Promise.resolve(line) : new Promise((resolve) => waiting.push(resolve))
    },
  }
}

let racers: Racer[]
let root: string
beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'yz-lock-race-'))
  racers = [startRacer(), startRacer()]
  // let both finish loading before the first round
  const warm = path.join(root, 'warm')
  for (const r of racers)
    r.child.stdin.write(`${JSON.stringify({ dir: path.join(warm, String(r.child.pid)), startAt: 0 })}\n`)
  expect(await Promise.all(racers.map((r) => r.next()))).toEqual(['won', 'won'])
}, 60_000)
afterAll(() => {
  for (const r of racers) r.child.stdin.end()
  fs.rmSync(root, { recursive: true, force: true })
})

/** Releases both racers on `dir` at the same instant; their answers. */
async function race(dir: string): Promise<string[]> {
  const startAt = Date.now() + 25
  for (const r of racers) r.child.stdin.write(`${JSON.stringify({ dir, startAt })}\n`)
  return Promise.all(racers.map((r) => r.next()))
}

/** A pid that surely is not running: a child that has already exited. */
function deadPid(): number {
  return Number(
    spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout,
  )
}

test(`fresh directory: exactly one of two simultaneous starters wins, ${ROUNDS} rounds`, async () => {
  const outcomes: string[] = []
  for (let i = 0; i < ROUNDS; i++) outcomes.push((await race(path.join(root, `fresh-${i}`))).sort().join(','))
  expect(outcomes).toEqual(Array(ROUNDS).fill('locked,won'))
}, 60_000)

test(`stale lock: exactly one of two simultaneous starters takes it over, ${ROUNDS} rounds`, async () => {
  const dead = deadPid()
  const outcomes: string[] = []
  for (let i = 0; i < ROUNDS; i++) {
    const dir = path.join(root, `stale-${i}`)
    fs.mkdirSync(dir, { recursive: true })
    // old-style and new-style stale records alternate
    fs.writeFileSync(
      path.join(dir, '.lock'),
      i % 2 ? `${dead}\n` : `${JSON.stringify({ pid: dead, bootId: null, startTime: null, nonce: 'gone' })}\n`,
    )
    outcomes.push((await race(dir)).sort().join(','))
    // the winner's record is in place, complete, and no guard or temporary file is left behind
    const owner = JSON.parse(fs.readFileSync(path.join(dir, '.lock'), 'utf8'))
    expect(racers.map((r) => r.child.pid)).toContain(owner.pid)
    expect(fs.readdirSync(dir)).toEqual(['.lock'])
  }
  expect(outcomes).toEqual(Array(ROUNDS).fill('locked,won'))
}, 60_000)
