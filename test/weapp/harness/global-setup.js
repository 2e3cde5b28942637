// jest globalSetup of the `weapp` project: make sure dist/weapp exists and is not older than its sources, so
// `npx jest --selectProjects weapp` works from a clean clone. Plain CommonJS so jest runs it without a transform;
// when the build is fresh it only stats files (a few ms).
const { spawnSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')

const ROOT = path.resolve(__dirname, '../../..')
const DIST = path.join(ROOT, 'dist/weapp')
/** What the weapp bundle is built from. */
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

/** Why dist/weapp needs a build, or '' when it is fresh. */
function staleReason() {
  const marker = path.join(DIST, 'app.js')
  if (!fs.existsSync(marker) || !fs.existsSync(path.join(DIST, 'app.json'))) return 'dist/weapp is missing'
  const built = fs.statSync(marker).mtimeMs
  const changed = SOURCES.find((s) => newest(path.join(ROOT, s)) > built)
  return changed ? `${changed} is newer than dist/weapp` : ''
}

module.exports = async function buildWeappIfStale() {
  // A deliberately broken copy (see harness/README.md) is tested as it is.
  if (process.env.WEAPP_DIST) return
  const reason = staleReason()
  if (!reason) return
  process.stderr.write(`\n[weapp] ${reason}: taro build --type weapp …\n`)
  const started = Date.now()
  const res = spawnSync(path.join(ROOT, 'node_modules/.bin/taro'), ['build', '--type', 'weapp'], {
    cwd: ROOT,
    // The suite stubs wx.request; a fixed origin makes recorded URLs predictable.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      TARO_APP_API_BASE: process.env.TARO_APP_API_BASE ?? 'http://api.test',
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (res.status !== 0) {
    throw new Error(`[weapp] taro build --type weapp failed (${res.status}):\n${res.stdout}\n${res.stderr}`)
  }
  process.stderr.write(`[weapp] built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
}
