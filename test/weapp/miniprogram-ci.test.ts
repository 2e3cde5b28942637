/**
 * @jest-environment node
 *
 * Tencent's own offline checks on the compiled mini-program (miniprogram-ci `analyseCode` + `checkCodeQuality`, the
 * same code WeChat DevTools runs for its "代码质量" panel), with every network path blocked to prove they are offline.
 */
import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import path from 'node:path'
import tls from 'node:tls'
import { allRoutes, DIST_ROOT, readAppJson } from './harness/dist'

// checkCodeQuality starts a chokidar watcher on the project (for DevTools' live panel) and never closes it, which
// keeps jest from exiting. A one-shot check needs no watcher.
jest.mock('chokidar', () => {
  const watcher = { on: () => watcher, close: async () => {}, add: () => watcher, unwatch: () => watcher }
  return { watch: () => watcher }
})

interface AnalysedFile {
  path: string
  size: number
  subPackage: string | null
}
interface QualityItem {
  name: string
  success: boolean
  text: string
  detail?: unknown
}
interface MiniprogramCi {
  Project: new (options: Record<string, unknown>) => unknown
  analyseCode(project: unknown, options?: { silent: boolean }): Promise<{ files: AnalysedFile[] } | undefined>
  checkCodeQuality(project: unknown): Promise<QualityItem[]>
}

/** WeChat's hard limit for the main package and for each subpackage. */
const PACKAGE_LIMIT = 2 * 1024 * 1024

const networkAttempts: string[] = []
let ci: MiniprogramCi
let project: unknown
let files: AnalysedFile[]
let quality: QualityItem[]
const warnings: string[] = []

beforeAll(async () => {
  // Any attempt to reach the network fails the suite (recorded, then thrown to the caller).
  const block =
    (what: string) =>
    (...args: unknown[]) => {
      networkAttempts.push(`${what} ${JSON.stringify(args[0])?.slice(0, 200)}`)
      throw new Error(`network blocked in test: ${what}`)
    }
  for (const [mod, name] of [
    [http, 'request'],
    [http, 'get'],
    [https, 'request'],
    [https, 'get'],
    [net, 'connect'],
    [net, 'createConnection'],
    [tls, 'connect'],
  ] as const) {
    jest.spyOn(mod as unknown as Record<string, () => unknown>, name).mockImplementation(block(name))
  }
  jest.spyOn(globalThis, 'fetch').mockImplementation(block('fetch') as unknown as typeof fetch)
  jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    warnings.push(args.map(String).join(' '))
  })
  jest.spyOn(console, 'log').mockImplementation(() => {})
  jest.spyOn(console, 'info').mockImplementation(() => {})

  ci = require('miniprogram-ci') as MiniprogramCi
  project = new ci.Project({
    appid: 'touristappid',
    type: 'miniProgram',
    projectPath: DIST_ROOT,
    // Never used offline; the constructor only insists on a non-empty key (string or path).
    privateKey: 'offline-test-dummy-key',
    ignores: ['node_modules/**/*'],
  })
  // silent: false installs miniprogram-ci's LogPlugin, which console.warns every dependency it cannot resolve.
  const analysis = await ci.analyseCode(project, { silent: false })
  files = analysis?.files ?? []
  quality = await ci.checkCodeQuality(project)
})

afterAll(() => {
  jest.restoreAllMocks()
})

/** Bytes per package as analyseCode counts them: `__APP__` for the main package, else the subpackage root. */
function sizesByPackage(): Record<string, number> {
  const sizes: Record<string, number> = {}
  for (const f of files) {
    const key = f.subPackage ?? '__APP__'
    sizes[key] = (sizes[key] ?? 0) + f.size
  }
  return sizes
}

describe('miniprogram-ci offline checks on dist/weapp', () => {
  it('ran without touching the network', () => {
    expect(networkAttempts).toEqual([])
  })

  it('analyseCode resolves every dependency of every page', () => {
    expect(files.length).toBeGreaterThan(0)
    expect(warnings.filter((w) => /resolve dep failed|build failed/.test(w))).toEqual([])
    const paths = new Set(files.map((f) => f.path))
    for (const route of allRoutes()) {
      for (const ext of ['js', 'json', 'wxml']) expect(paths).toContain(`${route}.${ext}`)
    }
  })

  it('analyseCode puts each page in the package app.json declares', () => {
    const app = readAppJson()
    const byPath = new Map(files.map((f) => [f.path, f]))
    for (const page of app.pages) expect(byPath.get(`${page}.js`)?.subPackage).toBeNull()
    for (const sub of app.subPackages ?? []) {
      for (const page of sub.pages) expect(byPath.get(`${sub.root}/${page}.js`)?.subPackage).toBe(`${sub.root}/`)
    }
  })

  it('keeps the main package and every subpackage under WeChat’s 2 MB', () => {
    const sizes = sizesByPackage()
    expect(Object.keys(sizes)).toContain('__APP__')
    for (const [pkg, bytes] of Object.entries(sizes)) {
      expect({ pkg, bytes, ok: bytes < PACKAGE_LIMIT }).toEqual({ pkg, bytes, ok: true })
    }
  })

  it('checkCodeQuality passes all 11 rules of WeChat’s 代码质量 panel', () => {
    // The JS/WXML/WXSS compression switches are read from project.config.json (its `setting`, copied into dist/weapp
    // by the build) and lazyCodeLoading from app.json; the rest look at the compiled packages.
    const rules = [
      'JS_COMPRESS_OPEN',
      'WXML_COMPRESS_OPEN',
      'WXSS_COMPRESS_OPEN',
      'LAZYCODE_LOADING_OPEN',
      'IMAGE_AND_AUDIO_LIMIT',
      'PACKAGE_SIZE_LIMIT',
      'CONTAINS_OTHER_PKG_JS',
      'CONTAINS_OTHER_PKG_COMPONENTS',
      'CONTAINS_UNUSED_COMPONENTS',
      'CONTAINS_UNUSED_PLUGINS',
      'CONTAINS_UNUSED_CODES',
    ]
    expect(quality.map((q) => q.name).sort()).toEqual([...rules].sort())
    const failing = quality.filter((q) => !q.success).map((q) => ({ name: q.name, text: q.text, detail: q.detail }))
    expect(failing).toEqual([])
  })

  it('uses no independent subpackage and no native custom component (the lazyCodeLoading white-screen cases)', () => {
    const subPackages = (readAppJson().subPackages ?? []) as { root: string; independent?: boolean }[]
    expect(subPackages.filter((sub) => sub.independent).map((sub) => sub.root)).toEqual([])
    // Taro's own base components are the only usingComponents a page may declare
    const native = files
      .filter((f) => f.path.endsWith('.json') && f.path !== 'app.json' && f.path !== 'project.config.json')
      .flatMap((f) => {
        const json = JSON.parse(fs.readFileSync(path.join(DIST_ROOT, f.path), 'utf8')) as {
          usingComponents?: Record<string, string>
        }
        return Object.entries(json.usingComponents ?? {})
          .filter(([, target]) => !/(^|\/)comp$|custom-wrapper$/.test(target))
          .map(([name, target]) => `${f.path}: ${name} → ${target}`)
      })
    expect(native).toEqual([])
  })
})
