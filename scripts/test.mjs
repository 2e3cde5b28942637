// `npm test`: lint, typecheck, build both platforms, then every jest project.
// With DATABASE_URL set (CI), the server suites run twice: on that real PostgreSQL server and on embedded PGlite.
// Extra arguments go to jest, e.g. `npm test -- --selectProjects server`. `--no-build` skips the builds.
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { build, root, run } from './lib.mjs'

const args = process.argv.slice(2)
const skipBuild = args.includes('--no-build')
const jestArgs = args.filter((a) => a !== '--no-build')
const started = Date.now()
const outDir = path.join(root, '.tmp')
mkdirSync(outDir, { recursive: true })

const step = async (name, cmd, cmdArgs, env) => {
  const { code } = await run(cmd, cmdArgs, { env })
  if (code !== 0) {
    console.error(`\n${name} failed (exit ${code})`)
    process.exit(code)
  }
}

if (jestArgs.length === 0) {
  await step('lint (biome)', 'biome', ['check', '--reporter=summary', '.'])
  await step('typecheck (tsc)', 'tsc', ['-p', 'tsconfig.json', '--noEmit'])
}
if (!skipBuild) {
  await build('h5')
  // The weapp tests stub wx.request and check requests by path, so any API base works here.
  await build('weapp')
}

const runs = [{ label: process.env.DATABASE_URL ? 'all projects, server on PostgreSQL' : 'all projects', env: {} }]
if (process.env.DATABASE_URL && jestArgs.length === 0) {
  runs.push({ label: 'server on PGlite', env: { DATABASE_URL: '' }, extra: ['--selectProjects', 'server'] })
}

let passed = 0
let failed = 0
let exitCode = 0
for (const [i, r] of runs.entries()) {
  console.log(`\n=== jest: ${r.label} ===`)
  const out = path.join(outDir, `jest-${i}.json`)
  const { code } = await run('jest', ['--ci', '--json', `--outputFile=${out}`, ...(r.extra ?? []), ...jestArgs], {
    env: r.env,
  })
  try {
    const result = JSON.parse(readFileSync(out, 'utf8'))
    passed += result.numPassedTests
    failed += result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0)
  } catch {
    failed += 1
  }
  if (code !== 0) exitCode = code
}

console.log(`\nnpm test finished in ${((Date.now() - started) / 1000).toFixed(0)} s`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(exitCode || (failed > 0 ? 1 : 0))
