import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(__dirname, '../../..')

/**
 * Builds dist/h5 when it is missing, so `npx jest --selectProjects e2e` works from a clean clone.
 * `npm test` builds both platforms before jest, so this is a no-op there.
 */
export default function globalSetup(): void {
  const index = path.join(root, 'dist/h5/index.html')
  if (existsSync(index) && statSync(index).size > 0) return
  const result = spawnSync(path.join(root, 'node_modules/.bin/taro'), ['build', '--type', 'h5'], {
    cwd: root,
    // jest sets NODE_ENV=test, which Taro treats as a development build (react-refresh); build what ships.
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'pipe',
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`H5 build failed:\n${result.stdout}\n${result.stderr}`)
}
