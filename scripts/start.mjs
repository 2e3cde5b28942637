// `npm start`: builds the H5 client when it is missing or older than its sources, then serves H5 + API
// (PGlite in ./data with seed data unless DATABASE_URL is set). Ctrl-C stops it cleanly.
import { spawn } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { build, newestMtime, root } from './lib.mjs'

const index = path.join(root, 'dist/h5/index.html')
const stale = !existsSync(index) || statSync(index).mtimeMs < newestMtime(['src', 'config', 'types'])
if (stale) {
  console.log('正在构建 H5 客户端（首次约 20 秒）… / building the H5 client…')
  await build('h5')
}

const server = spawn(path.join(root, 'node_modules/.bin/tsx'), ['server/server.ts'], { cwd: root, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)))
