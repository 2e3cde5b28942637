// Shared by the jest globalSetup of the `weapp` and `e2e` projects: build dist/<type> when it is missing or older than
// what it is built from, so `npx jest --selectProjects weapp|e2e` never tests a stale build (an e2e run on an old
// dist/h5 once passed against code that was no longer there). Plain CommonJS so jest runs it without a transform;
// when the build is fresh it only stats files (a few ms).
const { spawnSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')

const ROOT = path.resolve(__dirname, '..')
/** What both bundles are built from. */
const SOURCES = ['src', 'types', 'config', 'package.json', 'babel.config.js', 'project.config.json']

/** Newest mtime under `p` (0 when it does not exist). */
function newest(p) {
  let stat
  try {
    stat = fs.statSync(p)
  } catch {
    return 0
  }
  if (!stat.isDirectory()) return stat.mtimeMs
  let max = stat.mtimeMs
  for (const name of fs.readdirSync(p)) max = Math.max(max, newest(path.join(p, name)))
  return max
}

/** Why dist/<type> needs a build, or '' when it is fresh. `markers` are files every good build writes. */
function staleReason(type, markers) {
  const dist = path.join(ROOT, 'dist', type)
  const missing = markers.find((m) => !fs.existsSync(path.join(dist, m)) || fs.statSync(path.join(dist, m)).size === 0)
  if (missing) return `dist/${type}/${missing} is missing`
  const built = Math.min(...markers.map((m) => fs.statSync(path.join(dist, m)).mtimeMs))
  const changed = SOURCES.find((s) => newest(path.join(ROOT, s)) > built)
  return changed ? `${changed} is newer than dist/${type}` : ''
}

/**
 * Runs `taro build --type <type>` (NODE_ENV=production: jest sets NODE_ENV=test, which Taro treats as a development
 * build with react-refresh; build what ships) when the output is missing or stale. Throws with the build log on failure.
 */
function buildIfStale(type, { markers, env = {} }) {
  const reason = staleReason(type, markers)
  if (!reason) return
  process.stderr.write(`\n[${type}] ${reason}: taro build --type ${type} …\n`)
  const started = Date.now()
  const res = spawnSync(path.join(ROOT, 'node_modules/.bin/taro'), ['build', '--type', type], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (res.status !== 0) {
    throw new Error(`[${type}] taro build --type ${type} failed (${res.status}):\n${res.stdout}\n${res.stderr}`)
  }
  process.stderr.write(`[${type}] built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
}

module.exports = { buildIfStale, staleReason }
