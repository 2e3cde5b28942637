import { type SpawnSyncReturns, spawnSync } from 'node:child_process'
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
