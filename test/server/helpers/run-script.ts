import { type ChildProcess, type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process'
import path from 'node:path'

/** The repository root. */
export const ROOT = path.resolve(__dirname, '../../..')

/** Options for {@link runScript}. */
export interface RunScriptOptions {
  /** The process's whole environment besides PATH (nothing else is inherited, so the test decides the config). */
  env?: Record<string, string | undefined>
  /** Working directory; default the repository root. */
  cwd?: string
  /** Text written to stdin. */
  input?: string
  /** ms; default 60 s (a cold tsx start on a loaded CI machine is slow). */
  timeout?: number
}

/**
 * Runs one of the project's entry points (`server/server.ts`, `server/cli/staff.ts` …) as its own Node process with
 * tsx, as `npm start` / `npm run staff` would, and waits for it to end: for what a refusal prints and its exit code.
 */
export function runScript(
  script: string,
  args: string[] = [],
  options: RunScriptOptions = {},
): SpawnSyncReturns<string> {
  // named by path so the loader resolves from any working directory
  const tsx = path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')
  return spawnSync(process.execPath, ['--import', tsx, path.join(ROOT, script), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH, ...options.env } as unknown as NodeJS.ProcessEnv,
    input: options.input,
    encoding: 'utf8',
    timeout: options.timeout ?? 60_000,
  })
}

/** A project entry point running as its own process (see {@link startScript}). */
export interface RunningScript {
  child: ChildProcess
  /** Everything it printed so far (stdout and stderr). */
  output(): string
  /** Resolves when its output matches `pattern`; rejects when it exits first or after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>
  /** SIGTERM, then waits for the exit (graceful close); SIGKILL after 20 s. Resolves with the exit code. */
  stop(): Promise<number | null>
}

/**
 * Starts an entry point (or a test's own server script) as a long-running process with tsx, for tests that need
 * several API processes on one database at once. Same environment rule as {@link runScript}: only what the test gives.
 */
export function startScript(script: string, args: string[] = [], options: RunScriptOptions = {}): RunningScript {
  const tsx = path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')
  const child = spawn(process.execPath, ['--import', tsx, path.join(ROOT, script), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH, ...options.env } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  child.stdout?.on('data', (d) => (out += d))
  child.stderr?.on('data', (d) => (out += d))
  return {
    child,
    output: () => out,
    waitFor(pattern, timeoutMs = options.timeout ?? 60_000) {
      return new Promise<void>((resolve, reject) => {
        const started = Date.now()
        const check = () => {
          if (pattern.test(out)) return resolve()
          if (child.exitCode !== null) return reject(new Error(`${script} exited (${child.exitCode}):\n${out}`))
          if (Date.now() - started > timeoutMs)
            return reject(new Error(`${script}: no ${pattern} in ${timeoutMs} ms:\n${out}`))
          setTimeout(check, 50)
        }
        check()
      })
    },
    async stop() {
      if (child.exitCode !== null) return child.exitCode
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
      const code = await exited
      clearTimeout(timer)
      return code
    },
  }
}
