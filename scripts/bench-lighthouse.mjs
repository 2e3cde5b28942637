// `npm run bench:lighthouse`: builds the H5 client if it is missing or stale (as `npm start` does), starts the server
// on a fresh PGlite data dir with the seed data, and prints Lighthouse medians for the four pages of issue #10.
// `--runs N` (default 3). Numbers only; nothing passes or fails.
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { benchLighthouse, printLighthouse } from '../bench/lighthouse.mjs'
import { startServerForBench } from '../bench/startup.mjs'
import { build, newestMtime, root } from './lib.mjs'

const runsArg = process.argv.indexOf('--runs')
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3

const index = path.join(root, 'dist/h5/index.html')
if (!existsSync(index) || statSync(index).mtimeMs < newestMtime(['src', 'config', 'types'])) await build('h5')

const server = await startServerForBench()
try {
  const results = await benchLighthouse(server.url, {
    runs,
    onRun: (page, i, n) =>
      process.stderr.write(`  ${page.name} run ${i}: perf ${n.perf}, LCP ${(n.lcp / 1000).toFixed(2)} s\n`),
  })
  printLighthouse(results, runs)
} finally {
  await server.stop()
}
