/**
 * A plain Node process racing for the PGlite data-dir lock (test/server/data-dir-lock-race.test.ts). Each line on
 * stdin is `{ "dir": …, "startAt": <epoch ms> }`: spin until startAt so both racers call the lock function at the same
 * instant, then answer `won`, `locked` or `error: …` on stdout. A won lock is kept (the process stays alive).
 */
import readline from 'node:readline'
import { acquireDataDirLock, DataDirLockedError } from '../../../server/db/lock'

const rl = readline.createInterface({ input: process.stdin })
rl.on('line', (line) => {
  const { dir, startAt } = JSON.parse(line) as { dir: string; startAt: number }
  while (Date.now() < startAt) {
    // spin: a timer would wake the two racers a millisecond or more apart
  }
  let answer: string
  try {
    acquireDataDirLock(dir, 'race')
    answer = 'won'
  } catch (err) {
    answer = err instanceof DataDirLockedError ? 'locked' : `error: ${(err as Error).message}`
  }
  process.stdout.write(`${answer}\n`)
})
rl.on('close', () => process.exit(0))
