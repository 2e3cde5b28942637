import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

const root = path.resolve(__dirname, '../../..')

/** A running API server (real process, real database) serving the built H5 at `/`. */
export interface RunningServer {
  url: string
  /** Everything the server printed, for debugging a failed journey. */
  output: () => string
  stop: () => Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      const port = typeof address === 'object' && address ? address.port : 0
      srv.close(() => resolve(port))
    })
  })
}

/** How much of the server's output a start-up error quotes. */
const ERROR_TAIL_LINES = 40

/** The last lines the server printed, for an error message. */
function tail(log: string): string {
  return log.trimEnd().split('\n').slice(-ERROR_TAIL_LINES).join('\n')
}

/** Sends `signal` to the server's process group (tsx and the node process it runs); a gone group is fine. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

/** Kills the server's process group and waits (up to 5 s) until tsx has exited. */
async function killGroup(child: ChildProcess): Promise<void> {
  const exited = child.exitCode !== null || child.signalCode !== null
  const exit = exited ? Promise.resolve() : new Promise((r) => child.once('exit', r))
  signalGroup(child, 'SIGKILL')
  let timer: NodeJS.Timeout | undefined
  await Promise.race([exit, new Promise((r) => (timer = setTimeout(r, 5_000)))])
  clearTimeout(timer)
}

/**
 * Starts `server/server.ts` as `npm start` would (PGlite in a fresh temporary DATA_DIR, development SMS provider,
 * static files from dist/h5) on a free port and waits until `/api/health` answers. The server runs in a process group
 * of its own; if it is not ready within `readyTimeoutMs`, the group is killed (so jest can exit) before the error,
 * which quotes the last lines the server printed.
 */
export async function startServer(
  env: Record<string, string> = {},
  { readyTimeoutMs = 60_000 }: { readyTimeoutMs?: number } = {},
): Promise<RunningServer> {
  const port = await freePort()
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yz-e2e-'))
  let log = ''
  const child: ChildProcess = spawn(path.join(root, 'node_modules/.bin/tsx'), ['server/server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      STATIC_DIR: path.join(root, 'dist/h5'),
      SMS_PROVIDER: 'dev',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a kill reaches the node process tsx starts too.
    detached: true,
  })
  child.stdout?.on('data', (d) => {
    log += d
  })
  child.stderr?.on('data', (d) => {
    log += d
  })
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + readyTimeoutMs
  for (;;) {
    if (child.exitCode !== null) {
      await killGroup(child)
      rmSync(dataDir, { recursive: true, force: true })
      throw new Error(`server exited with ${child.exitCode}:\n${tail(log)}`)
    }
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) })
      if (res.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await killGroup(child)
      rmSync(dataDir, { recursive: true, force: true })
      throw new Error(`server not ready in ${readyTimeoutMs / 1000} s (killed); its last output:\n${tail(log)}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  return {
    url,
    output: () => log,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))])
        if (child.exitCode === null) await killGroup(child)
      }
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
