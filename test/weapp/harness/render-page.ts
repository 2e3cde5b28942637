import fs from 'node:fs'
import path from 'node:path'
import { DIST_ROOT } from './dist'
import { createWxStubs, type RecordedCall, type RecordedRequest, type WxApi, type WxStubOptions } from './wx-stubs'

/** Options of {@link renderPage}: the `wx` stubs plus what WeChat passes to the page. */
export interface RenderPageOptions extends WxStubOptions {
  /** The page's launch query (`onLoad(options)`), e.g. `{ id: '42' }`. */
  query?: Record<string, string>
  /**
   * Routes of pages "under" this one in the page stack, oldest first; `getCurrentPages()` returns them plus this page.
   * Pages that choose between `navigateBack` and `switchTab` look at the stack length.
   */
  previousRoutes?: string[]
  /** How long {@link renderPage} waits for the first render (ms). Default 10 000. */
  timeout?: number
}

/** Minimal view of j-component's wrappers (miniprogram-simulate's `render()` result). */
interface JNode {
  dom: Element
  dispatchEvent(name: string, options?: { detail?: unknown }): void
  attach(parent: Element): void
  detach(): void
  instance: Record<string, unknown>
}
interface Simulate {
  load(componentPath: string, tagName: string, options: { rootPath: string; compiler: 'official' }): string
  render(id: string): JNode
}
type Fn = (this: unknown, ...args: unknown[]) => unknown
type Cfg = Record<string, unknown>

/** A rendered Taro page and the handles a journey test needs. */
export interface RenderedPage {
  /** The page route, e.g. `pages/me/index`. */
  route: string
  /** All text the page shows right now (whitespace runs collapsed to one space). */
  text(): string
  /** First element matching a CSS selector (`.nut-button`, `wx-input`, `[data-testid=x]`), or null. */
  query(selector: string): Element | null
  /** All elements matching a CSS selector. */
  queryAll(selector: string): Element[]
  /**
   * Taps an element, as a finger would: the tap starts on the element and bubbles, so the React `onClick` of it or of
   * an ancestor runs. `target` is a CSS selector when it starts with `.`, `#`, `[` or `wx-`, otherwise the visible text
   * of the element to tap (the innermost element containing it). Waits for the resulting render.
   */
  tap(target: string | Element): Promise<void>
  /** Types into an `<Input>`/`<Textarea>` (fires `input` with `detail.value`, what Taro's onInput/onChange read). */
  input(target: string | Element, value: string): Promise<void>
  /**
   * What WeChat gets for an attribute of a rendered component that miniprogram-simulate does not put in the DOM, such
   * as a button's `open-type` (`attribute('分享给微信好友', 'open-type')` → `'share'`): read from the page data through
   * the binding of that attribute in Taro's `base.wxml` template. `undefined` when the page did not set it.
   */
  attribute(target: string | Element, name: string): unknown
  /** Fires any mini-program event (`change`, `confirm`, `blur`, …) with a `detail`. */
  fire(target: string | Element, event: string, detail?: Record<string, unknown>): Promise<void>
  /**
   * Polls until `predicate` returns truthy without throwing, or fails after `timeout` ms with the last error and the
   * page text. React on weapp renders asynchronously (setData batches), so assertions after an action go in here.
   */
  waitFor<T>(predicate: () => T, options?: { timeout?: number; interval?: number; what?: string }): Promise<T>
  /** `waitFor` until the page text contains `text`. */
  waitForText(text: string, options?: { timeout?: number }): Promise<void>
  /** Every `wx.request`/`wx.uploadFile` the page made, in order (live). */
  requests: RecordedRequest[]
  /** Every recorded `wx.*` call (navigation, toast, modal, login, phone, clipboard, …), in order (live). */
  calls: RecordedCall[]
  /** Recorded calls of one API, e.g. `calls$('navigateTo')`. */
  callsOf(api: string): RecordedCall[]
  /** The last navigation (`navigateTo`/`redirectTo`/`switchTab`/`reLaunch`/`navigateBack`), or undefined. */
  lastNavigation(): RecordedCall | undefined
  /** The storage behind `wx.*Storage*` (live). */
  storage: Map<string, unknown>
  /** The directory behind `wx.getFileSystemManager()` (temp and saved files). */
  filesDir: string
  /** Tells the page the network is back (`wx.onNetworkStatusChange` with `isConnected: true`). */
  networkBack(): void
  /** Lets pending timers, promises and setData settle. */
  settle(ms?: number): Promise<void>
  /** Runs `onHide`/`onUnload` and detaches the page. */
  unmount(): void
  /** The miniprogram-simulate root, for anything this API does not cover. */
  root: JNode
}

const g = globalThis as unknown as Record<string, unknown>
/** The tag the page component is registered as; `classPrefix: ''` keeps NutUI class names unprefixed. */
const PAGE_TAG = 'taro-page'

/** How long waitFor polls by default: generous, because CI runs four jest projects on two cores (a pass is not slower). */
const WAIT_TIMEOUT_MS = 10_000
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim()

/**
 * Turns Taro's `Page(cfg)` into a `Component` definition miniprogram-simulate can render.
 *
 * @see miniprogram-simulate renders custom components only (j-component); it has no page stack. Taro's page config
 *   is plain lifecycle + `eh` event handler methods, so as methods of a component whose `attached` calls
 *   onLoad → onShow → onReady (the order WeChat uses) it behaves like the page.
 */
function pageToComponent(cfg: Cfg, route: string, query: Record<string, string>, onAttach: (inst: Cfg) => void): Cfg {
  const methods: Record<string, Fn> = {}
  const fields: Cfg = {}
  for (const [key, value] of Object.entries(cfg)) {
    if (key === 'data' || key === 'options') continue
    if (typeof value === 'function') methods[key] = value as Fn
    else fields[key] = value
  }
  const call = (inst: Cfg, name: string, ...args: unknown[]) => (inst[name] as Fn | undefined)?.apply(inst, args)
  return {
    data: cfg.data ?? {},
    // '' instead of the tag name: otherwise every class in the page is rendered as `taro-page--nut-button`.
    options: { classPrefix: '', multipleSlots: true },
    methods,
    lifetimes: {
      attached(this: Cfg) {
        Object.assign(this, fields, { route, __route__: route, options: query })
        onAttach(this)
        call(this, 'onLoad', { ...query })
        call(this, 'onShow')
        call(this, 'onReady')
      },
      detached(this: Cfg) {
        call(this, 'onHide')
        call(this, 'onUnload')
      },
    },
  }
}

/**
 * Deepest elements whose text contains `text` (an element no child of which also contains it).
 */
function findByText(root: Element, text: string): Element | undefined {
  const matches = Array.from(root.querySelectorAll('*')).filter((el) => collapse(el.textContent ?? '').includes(text))
  return matches.find(
    (el) => !Array.from(el.children).some((child) => collapse(child.textContent ?? '').includes(text)),
  )
}

/** Per `base.wxml` file: node name (`nn`) → wxml attribute → the key of the node's data it is bound to. */
const templateBindings = new Map<string, Map<string, Record<string, string>>>()

/**
 * Reads which data key each attribute of each Taro template binds (`open-type="{{i.p11}}"` → `open-type: p11`). Taro
 * shortens prop names per build, so they are looked up, never hard-coded.
 */
function bindingsOf(baseWxml: string): Map<string, Record<string, string>> {
  const cached = templateBindings.get(baseWxml)
  if (cached) return cached
  const source = fs.readFileSync(baseWxml, 'utf8')
  const byNode = new Map<string, Record<string, string>>()
  for (const [, nn, attrs] of source.matchAll(/<template name="tmpl_0_([^"]+)">\s*<[\w-]+([^>]*)>/g)) {
    const bindings: Record<string, string> = {}
    for (const [, attr, key] of attrs.matchAll(/([\w:-]+)="\{\{(?:xs\.b\()?i\.(\w+)/g)) bindings[attr] = key
    byNode.set(nn, bindings)
  }
  templateBindings.set(baseWxml, byNode)
  return byNode
}

/** The node of Taro's page data (`data.root.cn[…]`) rendered with `data-sid` = `sid`. */
function findNodeData(data: unknown, sid: string): Record<string, unknown> | undefined {
  if (!data || typeof data !== 'object') return undefined
  if ((data as Record<string, unknown>).sid === sid) return data as Record<string, unknown>
  for (const value of Object.values(data)) {
    const found = findNodeData(value, sid)
    if (found) return found
  }
  return undefined
}

const isSelector = (target: string) => /^([.#[]|wx-)/.test(target)

/**
 * Renders one page of the compiled mini-program (`dist/weapp`, see {@link DIST_ROOT}) in miniprogram-simulate, with
 * the `wx` stubs of {@link createWxStubs}, and waits for its first render.
 *
 * Each call starts from a fresh jest module registry and a fresh `wx`, so Taro's runtime, the React tree, the app's
 * module state (auth store, axios instance) and webpack's chunk registry never leak from one page to the next.
 *
 * @see Taro's weapp output expects the mini-program globals `App`, `getApp`, `getCurrentPages`, `Page`, `wx`, and that
 *   `app.js` ran (it loads `vendors.js`, `taro.js`, `runtime.js` and creates the React root) before any page JS.
 * @see Taro's templates live in `base.wxml` (`<import>` + `<template is>` + recursive `comp`); only the official wxml
 *   compiler (`compiler: 'official'`) understands them, the simulate compiler does not.
 * @example
 *   const page = await renderPage('pages/me/index', { request: (req) => ({ statusCode: 200, data: {} }) })
 *   await page.tap('登录')
 *   expect(page.lastNavigation()?.options.url).toContain('/packages/account/pages/login/index')
 */
export async function renderPage(route: string, options: RenderPageOptions = {}): Promise<RenderedPage> {
  const cleanRoute = route.replace(/^\//, '').replace(/\?.*$/, '')
  const query = options.query ?? {}

  // A fresh world: module registry, DOM, and the mini-program globals.
  jest.resetModules()
  document.head.innerHTML = ''
  document.body.innerHTML = ''
  for (const name of ['wx', 'App', 'getApp', 'getCurrentPages', 'Page', 'Component', 'Behavior']) delete g[name]

  // Requiring miniprogram-simulate installs `Component`, `Behavior` and its mock `wx`; ours goes on top.
  const simulate = require('miniprogram-simulate') as Simulate
  const { wx, recorder } = createWxStubs(g.wx as WxApi, options)
  g.wx = wx

  let app: Cfg = {}
  let pageInstance: Cfg | undefined
  const previous = (options.previousRoutes ?? []).map((r) => ({ route: r, __route__: r, options: {} }))
  g.App = (cfg: Cfg) => {
    app = cfg
  }
  g.getApp = () => app
  g.getCurrentPages = () => (pageInstance ? [...previous, pageInstance] : [...previous])

  require(path.join(DIST_ROOT, 'app.js'))
  const launch = { path: cleanRoute, query, scene: 1001, referrerInfo: {} }
  ;(app.onLaunch as Fn | undefined)?.call(app, launch)
  ;(app.onShow as Fn | undefined)?.call(app, launch)

  // simulate.load runs the page JS, whose `Page(cfg)` must register a Component while simulate is loading it.
  const registerComponent = g.Component as (def: Cfg) => void
  g.Page = (cfg: Cfg) =>
    registerComponent(
      pageToComponent(cfg, cleanRoute, query, (inst) => {
        pageInstance = inst
      }),
    )
  const id = simulate.load(path.join(DIST_ROOT, cleanRoute), PAGE_TAG, { rootPath: DIST_ROOT, compiler: 'official' })
  const root = simulate.render(id)
  const host = document.createElement('div')
  document.body.appendChild(host)
  root.attach(host)

  const settle = async (ms = 20) => {
    // setData callbacks are microtasks, stubs answer on timers, React schedules on timers: give each a turn.
    for (let i = 0; i < 3; i++) await sleep(ms / 3)
  }
  const text = () => collapse(root.dom.textContent ?? '')

  // A j-component wrapper for any rendered node, to dispatch events through exparser as WeChat would.
  const Wrapper = Object.getPrototypeOf(Object.getPrototypeOf(root).constructor.prototype).constructor as new (
    node: unknown,
  ) => JNode
  const resolve = (target: string | Element): Element => {
    if (typeof target !== 'string') return target
    const el = isSelector(target) ? root.dom.querySelector(target) : findByText(root.dom, target)
    if (!el)
      throw new Error(`renderPage(${cleanRoute}): nothing matches ${JSON.stringify(target)}. Page text: ${text()}`)
    return el
  }
  const fire = async (target: string | Element, event: string, detail: Record<string, unknown> = {}) => {
    const el = resolve(target) as Element & { __wxElement?: unknown }
    if (!el.__wxElement) throw new Error(`renderPage: ${el.tagName} is not a rendered mini-program node`)
    new Wrapper(el.__wxElement).dispatchEvent(event, { detail })
    await settle()
  }

  const waitFor = async <T>(
    predicate: () => T,
    opts: { timeout?: number; interval?: number; what?: string } = {},
  ): Promise<T> => {
    const deadline = Date.now() + (opts.timeout ?? WAIT_TIMEOUT_MS)
    let lastError: unknown
    for (;;) {
      try {
        const result = predicate()
        if (result) return result
        lastError = new Error(opts.what ? `still waiting for: ${opts.what}` : 'predicate returned a falsy value')
      } catch (err) {
        lastError = err
      }
      if (Date.now() > deadline) {
        const message = lastError instanceof Error ? lastError.message : String(lastError)
        const err = new Error(`waitFor timed out on ${cleanRoute}: ${message}\nPage text: ${text()}`)
        if (lastError instanceof Error) err.stack = `${err.message}\n${lastError.stack ?? ''}`
        throw err
      }
      await sleep(opts.interval ?? 20)
    }
  }

  const navigationApis = new Set(['navigateTo', 'redirectTo', 'switchTab', 'reLaunch', 'navigateBack'])
  const page: RenderedPage = {
    route: cleanRoute,
    text,
    query: (selector) => root.dom.querySelector(selector),
    queryAll: (selector) => Array.from(root.dom.querySelectorAll(selector)),
    tap: (target) => fire(target, 'tap', { x: 0, y: 0 }),
    input: (target, value) => fire(target, 'input', { value, cursor: value.length, keyCode: 0 }),
    attribute: (target, name) => {
      const el = resolve(target)
      const sid = el.getAttribute('data-sid')
      const node = sid ? findNodeData(root.instance.data, sid) : undefined
      if (!node) throw new Error(`renderPage: ${el.tagName} has no node in the page data (data-sid ${sid})`)
      const bindings = bindingsOf(path.join(DIST_ROOT, 'base.wxml')).get(String(node.nn))
      if (!bindings?.[name]) throw new Error(`renderPage: the template of ${el.tagName} (nn ${node.nn}) has no ${name}`)
      return node[bindings[name]]
    },
    fire,
    waitFor,
    waitForText: async (wanted, opts) => {
      await waitFor(() => text().includes(wanted), { ...opts, what: `text ${JSON.stringify(wanted)}` })
    },
    requests: recorder.requests,
    calls: recorder.calls,
    callsOf: (api) => recorder.calls.filter((c) => c.api === api),
    lastNavigation: () => recorder.calls.filter((c) => navigationApis.has(c.api)).at(-1),
    storage: recorder.storage,
    filesDir: recorder.filesDir,
    networkBack: recorder.networkBack,
    settle,
    unmount: () => root.detach(),
    root,
  }
  // First render: Taro mounts the React tree in onLoad and flushes it with setData shortly after.
  await waitFor(() => root.dom.children.length > 0 || text().length > 0, {
    timeout: options.timeout ?? WAIT_TIMEOUT_MS,
  })
  await settle()
  return page
}
