// The 办事 list on the compiled weapp with 5,000 results: nodes rendered at a time and the largest setData payload
// while scrolling ten pages. Runs bench/weapp-list.bench.ts under jest (the weapp harness needs jest's module
// registry); dist/weapp is used as built (WEAPP_DIST overrides). Goals: ≤ 200 nodes, ≤ 64 KB per setData.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Renders the list and returns `{ maxNodes, maxSetDataBytes, setDataCalls, pagesLoaded, total }`. */
export function weappListNumbers() {
  const dir = mkdtempSync(path.join(tmpdir(), 'yz-weapp-list-'))
  const out = path.join(dir, 'result.json')
  try {
    const run = spawnSync(
      path.join(root, 'node_modules/.bin/jest'),
      ['--config', 'test/weapp/jest.config.js', '--rootDir', '.', '--testMatch', '<rootDir>/bench/weapp-list.bench.ts'],
      { cwd: root, env: { ...process.env, WEAPP_LIST_OUT: out }, encoding: 'utf8' },
    )
    if (run.status !== 0) throw new Error(`weapp list bench failed:\n${run.stdout}\n${run.stderr}`)
    return JSON.parse(readFileSync(out, 'utf8'))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Prints the numbers with their goals. */
export function printWeappList(r) {
  console.log(`办事 list, ${r.total} results, ${r.pagesLoaded} pages loaded while scrolling ${r.scrolledPx} px:`)
  console.log(`  nodes rendered at a time (max): ${r.maxNodes} (goal ≤ 200)`)
  console.log(
    `  largest setData: ${(r.maxSetDataBytes / 1024).toFixed(1)} KiB over ${r.setDataCalls} calls (goal ≤ 64 KiB)`,
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) printWeappList(weappListNumbers())
