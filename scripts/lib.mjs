// Small helpers shared by the project's scripts (start, test, bench). Node built-ins only.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)

/**
 * Runs a command from node_modules/.bin (or any command), streaming output unless quiet.
 * Taro's progress bars flood CI logs, so builds run with `quiet` and print only on failure.
 * @returns {Promise<{ code: number, output: string }>}
 */
export function run(cmd, args, { env = {}, quiet = false, cwd = root } = {}) {
  return new Promise((resolve) => {
    const file = existsSync(bin(cmd)) ? bin(cmd) : cmd
    const child = spawn(file, args, { cwd, env: { ...process.env, ...env }, stdio: quiet ? 'pipe' : 'inherit' })
    let output = ''
    child.stdout?.on('data', (d) => {
      output += d
    })
    child.stderr?.on('data', (d) => {
      output += d
    })
    child.on('close', (code) => resolve({ code: code ?? 1, output }))
  })
}

/** Builds one Taro platform quietly; prints the tail of the log and exits on failure. */
export async function build(type, env = {}) {
  const started = Date.now()
  const { code, output } = await run('taro', ['build', '--type', type], { env, quiet: true })
  if (code !== 0) {
    console.error(output.split('\n').slice(-60).join('\n'))
    console.error(`taro build --type ${type} failed (exit ${code})`)
    process.exit(code)
  }
  console.log(`built dist/${type} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

/** Newest modification time of any file under the given folders (for "is the build stale?"). */
export function newestMtime(dirs) {
  let newest = 0
  const walk = (p) => {
    if (!existsSync(p)) return
    const st = statSync(p)
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) walk(path.join(p, name))
    } else if (st.mtimeMs > newest) newest = st.mtimeMs
  }
  for (const d of dirs) walk(path.join(root, d))
  return newest
}

/** A free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}
