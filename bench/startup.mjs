// `npm start` time to ready: from spawning the start script to the first 200 from /api/health,
// on a fresh data dir (initdb + migrations + seed) and again on the existing one.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freePort, root } from '../scripts/lib.mjs'

async function timeToReady(dataDir) {
  const port = await freePort()
  const started = performance.now()
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  })
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`)
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/health`)
        if (res.ok) return performance.now() - started
      } catch {
        // not yet listening
      }
      if (performance.now() - started > 120_000) throw new Error('not ready in 120 s')
      await new Promise((r) => setTimeout(r, 50))
    }
  } finally {
    const exited = new Promise((r) => child.once('exit', r))
    child.kill('SIGTERM')
    await exited
  }
}

/** Returns milliseconds to ready for a fresh and for an existing data dir. */
export async function startupTimes() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yz-bench-data-'))
  try {
    const fresh = await timeToReady(dataDir)
    const existing = await timeToReady(dataDir)
    return { fresh, existing }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** Starts the server on a free port (existing build, fresh data dir) and returns its URL and a stop function. */
export async function startServerForBench() {
  const port = await freePort()
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yz-bench-data-'))
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['server/server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    url,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await exited
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
