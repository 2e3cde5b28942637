import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { DIST_ROOT } from './dist'
import { createWxStubs, type RecordedRequest, type WxStubOptions } from './wx-stubs'

/** What booting a page in a bare context produced. */
export interface VmBootResult {
  /** The page's data after every `setData` Taro sent (the tree WeChat would render). */
  data: Record<string, unknown>
  /** Every text value in that tree, in document order, joined with spaces. */
  text: string
  /** How many `setData` calls the page made. */
  setDataCalls: number
  /** Requests made while booting. */
  requests: RecordedRequest[]
  /** Errors thrown by app/page code or reported through `console.error`. */
  errors: string[]
  /** Which of {@link BROWSER_GLOBALS} the context had after booting (the app may not define them either). */
  browserGlobals: string[]
}

/** Globals that exist in a browser or in Node but not in WeChat's JS context. */
export const BROWSER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'XMLHttpRequest',
  'fetch',
  'Buffer',
  'process',
  'global',
  'localStorage',
] as const

/**
 * The globals of WeChat's app-service JS context, and nothing else: no `window`, `document`, `navigator`,
 * `location`, `XMLHttpRequest`, `fetch`, `Buffer`, `process`, `global`, `require` of Node. ECMAScript built-ins come
 * from the vm context itself.
 */
export const MINI_PROGRAM_GLOBALS = [
  'wx',
  'App',
  'Page',
  'Component',
  'Behavior',
  'getApp',
  'getCurrentPages',
  'require',
  'console',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
] as const

type Fn = (this: unknown, ...args: unknown[]) => unknown
const noop = () => {}
const identity = (x: unknown) => x
type Cfg = Record<string, unknown>

/** Applies a WeChat `setData` payload (`{ 'root.cn.[0].v': 'x' }` paths) to `target`. */
export function applySetData(target: Record<string, unknown>, payload: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(payload)) {
    const parts = key
      .split('.')
      .flatMap((p) => p.split(/(?=\[)/))
      .filter(Boolean)
    let node: Record<string | number, unknown> = target
    parts.forEach((part, i) => {
      const k = /^\[(\d+)\]$/.test(part) ? Number(part.slice(1, -1)) : part
      if (i === parts.length - 1) {
        node[k] = value
        return
      }
      if (node[k] == null || typeof node[k] !== 'object') {
        node[k] = /^\[\d+\]$/.test(parts[i + 1]) ? [] : {}
      }
      node = node[k] as Record<string | number, unknown>
    })
  }
}

/** All `v` (text) values of a Taro data tree, in order. */
function texts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const child of node) texts(child, out)
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'v' && typeof v === 'string') out.push(v)
      else if (typeof v === 'object') texts(v, out)
    }
  }
  return out
}

/**
 * Boots `dist/weapp/app.js` and one page in a `vm` context that has only the mini-program globals
 * ({@link MINI_PROGRAM_GLOBALS}), runs onLoad/onShow/onReady with a page object that records `setData`, and returns
 * what the page rendered.
 *
 * @see A weapp bundle that touches `window`, `document`, `XMLHttpRequest`, `fetch`, `Buffer` or `process` works in
 *   jsdom (where the other weapp tests run) and in the H5 build, but throws in WeChat. This is the cheap guard.
 */
export async function bootInVm(
  route: string,
  options: WxStubOptions & { settleMs?: number; firstRenderTimeoutMs?: number } = {},
): Promise<VmBootResult> {
  const errors: string[] = []
  const { wx, recorder } = createWxStubs({}, options)
  let app: Cfg = {}
  let pageCfg: Cfg | undefined
  const page: Cfg = { route, __route__: route, options: {} }
  const data: Record<string, unknown> = {}
  let setDataCalls = 0

  const context = vm.createContext({})
  const moduleCache = new Map<string, { exports: unknown }>()
  const requireFrom =
    (dir: string) =>
    (request: string): unknown => {
      const file = path.resolve(dir, request.endsWith('.js') ? request : `${request}.js`)
      if (!file.startsWith(DIST_ROOT)) throw new Error(`require outside the mini-program: ${request}`)
      const cached = moduleCache.get(file)
      if (cached) return cached.exports
      const mod = { exports: {} }
      moduleCache.set(file, mod)
      const wrapper = vm.runInContext(
        `(function (require, module, exports) {${fs.readFileSync(file, 'utf8')}\n})`,
        context,
        { filename: file },
      ) as Fn
      wrapper.call(mod.exports, requireFrom(path.dirname(file)), mod, mod.exports)
      return mod.exports
    }

  const registerApp = (cfg: Cfg) => {
    app = cfg
  }
  const registerPage = (cfg: Cfg) => {
    pageCfg = cfg
  }
  const globals: Record<(typeof MINI_PROGRAM_GLOBALS)[number], unknown> = {
    wx,
    App: registerApp,
    Page: registerPage,
    // Taro's recursive `comp` component registers itself; nothing here renders it.
    Component: noop,
    Behavior: identity,
    getApp: () => app,
    getCurrentPages: () => [page],
    require: requireFrom(DIST_ROOT),
    console: {
      ...console,
      error: (...args: unknown[]) => errors.push(args.map(String).join(' ')),
    },
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
  }
  Object.assign(context, globals)

  const run = async (what: string, fn: () => unknown) => {
    try {
      await fn()
    } catch (err) {
      errors.push(`${what}: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`)
    }
  }
  await run('app.js', () => requireFrom(DIST_ROOT)('./app.js'))
  const launch = { path: route, query: {}, scene: 1001 }
  await run('App.onLaunch', () => (app.onLaunch as Fn | undefined)?.call(app, launch))
  await run(`${route}.js`, () => requireFrom(DIST_ROOT)(`./${route}.js`))
  if (!pageCfg) errors.push(`${route}.js did not call Page()`)
  else {
    const cfg = pageCfg
    Object.assign(page, cfg, {
      data: JSON.parse(JSON.stringify(cfg.data ?? {})),
      setData(payload: Record<string, unknown>, cb?: () => void) {
        setDataCalls++
        applySetData(data, payload)
        if (cb) Promise.resolve().then(cb)
      },
    })
    Object.assign(data, page.data)
    for (const hook of ['onLoad', 'onShow', 'onReady']) {
      await run(`${route} ${hook}`, () =>
        (page[hook] as Fn | undefined)?.call(page, hook === 'onLoad' ? {} : undefined),
      )
    }
  }
  // React renders on the scheduler's timers: wait for the first rendered text (a loaded machine can take well over
  // the 100 ms that are enough when idle), then let the render settle.
  const deadline = Date.now() + (options.firstRenderTimeoutMs ?? 10_000)
  while ((setDataCalls === 0 || texts(data).join('').trim() === '') && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 20))
  await new Promise((resolve) => setTimeout(resolve, options.settleMs ?? 100))
  const browserGlobals = BROWSER_GLOBALS.filter((name) => vm.runInContext(`typeof ${name}`, context) !== 'undefined')
  return { data, text: texts(data).join(' '), setDataCalls, requests: recorder.requests, errors, browserGlobals }
}
