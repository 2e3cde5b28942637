// `npm run bench`: prints numbers, passes or fails nothing. Builds both platforms first unless --no-build.
import { benchHotline } from '../bench/hotline.mjs'
import { benchInboxTimeline } from '../bench/inbox-timeline.mjs'
import { benchJobs } from '../bench/jobs.mjs'
import { benchSearch } from '../bench/search.mjs'
import { h5FirstLoadJs, h5JourneyJs, kib, printWeappSizes, weappSizes } from '../bench/sizes.mjs'
import { startServerForBench, startupTimes } from '../bench/startup.mjs'
import { printWeappList, weappListNumbers } from '../bench/weapp-list.mjs'
import { build } from './lib.mjs'

if (!process.argv.includes('--no-build')) {
  await build('weapp')
  await build('h5')
}

console.log('\n== sizes')
printWeappSizes(weappSizes())
const server = await startServerForBench()
try {
  const js = await h5FirstLoadJs(`${server.url}/`)
  console.log(
    `H5 home first-load JS: ${kib(js.wire)} over the wire (${kib(js.raw)} raw, ${js.files} files; budget 150 KiB)`,
  )
  const walk = await h5JourneyJs(`${server.url}/`)
  console.log(
    `H5 JS for home + 办事 + 12345 + 我的 + a guide: ${kib(walk.gzip)} gzip (${kib(walk.raw)} raw, ${walk.files} files)`,
  )
} finally {
  await server.stop()
}

console.log('\n== weapp 办事 list (issue #3)')
printWeappList(weappListNumbers())

console.log('\n== npm start, time to ready (/api/health 200)')
const t = await startupTimes()
console.log(`fresh data dir:    ${(t.fresh / 1000).toFixed(2)} s`)
console.log(`existing data dir: ${(t.existing / 1000).toFixed(2)} s`)

await benchSearch()
await benchHotline()
await benchInboxTimeline()
await benchJobs()
