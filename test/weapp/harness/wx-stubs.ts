import { copyFileSync, mkdirSync, mkdtempSync, renameSync, statSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join } from 'node:path'
/**
 * The `wx` APIs a compiled Taro page reaches, stubbed so that a test decides what the "server" and the "phone" answer
 * and can assert on what the page asked for.
 *
 * Every stub records its call in {@link WxRecorder.calls}; async stubs answer on a later macrotask with the WeChat
 * callback contract (`success` / `fail` / `complete`, `errMsg: 'api:ok'`) because that is what Taro's promisified
 * `Taro.xxx()` wrappers wait for.
 */

/** One HTTP request the page made through `Taro.request` → `wx.request` (or `wx.uploadFile`). */
export interface RecordedRequest {
  /** Absolute URL as the page built it, query string included. */
  url: string
  /** Upper-case method; WeChat's default is GET. */
  method: string
  /** The `data` passed to `wx.request` (a string when the axios adapter serialised JSON itself). */
  data: unknown
  /** `data` parsed from JSON when it was a JSON string, otherwise `data` unchanged. */
  body: unknown
  /** Request headers as the page set them (e.g. `Authorization`, `Idempotency-Key`). */
  header: Record<string, string>
  /** Path part of `url` (no origin, no query), handy for routing in a handler. */
  path: string
  /** Parsed query string of `url`. */
  query: Record<string, string>
}

/** What a request handler answers; `data` is what `wx.request` hands back (already-parsed JSON). */
export interface StubResponse {
  statusCode: number
  data?: unknown
  header?: Record<string, string>
}

/**
 * The test's fake server: gets every request and answers it. Throwing makes `wx.request` fail like a network error
 * (`request:fail …`), which is how a page meets "no network".
 */
export type RequestHandler = (req: RecordedRequest) => StubResponse | Promise<StubResponse>

/** One recorded `wx.*` call (navigation, toast, modal, phone call, clipboard, login, …). */
export interface RecordedCall {
  api: string
  /** The options object the page passed, without its callbacks. */
  options: Record<string, unknown>
}

/** Options shared by {@link createWxStubs} and `renderPage`. */
export interface WxStubOptions {
  /** Fake server. Default: answers 404 `{ code: 'NOT_STUBBED' }` so a missing stub shows up as a page error. */
  request?: RequestHandler
  /** Initial storage (values as the page would have stored them with `setStorageSync`). */
  storage?: Record<string, unknown>
  /** Overrides for the system/app info; `fontSizeSetting` drives 长辈版 (WeChat's 关怀模式 raises it). */
  systemInfo?: { fontSizeSetting?: number; [key: string]: unknown }
  /** The code `wx.login` returns. Default `'wx-test-code'`. */
  loginCode?: string
  /** What `wx.showModal` answers. Default: the user taps 确定. */
  modalAnswer?: { confirm: boolean; cancel?: boolean; content?: string }
  /** What the resident answers `wx.requestSubscribeMessage`, for every template asked. Default: `'accept'` (允许). */
  subscribeAnswer?: 'accept' | 'reject'
  /** Real image files `wx.chooseMedia` answers with (copied to temp files first, as WeChat does). Default: cancel. */
  pickedPhotos?: string[]
  /**
   * Directory behind the file system stubs: temp files in `tmp/`, `saveFile` copies in `saved/` (kept across
   * renders that pass the same directory, as saved files outlive the app). Default: a fresh temp directory.
   */
  filesDir?: string
}

/** What a test can read back after the page ran. */
export interface WxRecorder {
  /** Every request, in order. */
  requests: RecordedRequest[]
  /** Every recorded non-request call, in order. */
  calls: RecordedCall[]
  /** The storage the page reads and writes (`wx.*Storage*` are backed by it). */
  storage: Map<string, unknown>
  /** The directory behind the file system stubs (see {@link WxStubOptions.filesDir}). */
  filesDir: string
  /** Fires `wx.onNetworkStatusChange` listeners with `isConnected: true`. */
  networkBack(): void
}

type Callbacks = {
  success?: (res: unknown) => void
  fail?: (err: unknown) => void
  complete?: (res: unknown) => void
}
type Options = Record<string, unknown> & Callbacks
/** A `wx` object: API name → function (or constant). */
export type WxApi = Record<string, unknown>

/** The window of an iPhone 12/13 mini-sized phone, 375 pt wide like NutUI's design width. */
const WINDOW = {
  pixelRatio: 3,
  screenWidth: 375,
  screenHeight: 812,
  windowWidth: 375,
  windowHeight: 812,
  statusBarHeight: 44,
  safeArea: { left: 0, right: 375, top: 44, bottom: 778, width: 375, height: 734 },
  screenTop: 0,
}

function withoutCallbacks(options: Options | undefined): Record<string, unknown> {
  const { success: _s, fail: _f, complete: _c, ...rest } = options ?? {}
  return rest
}

/** Calls the WeChat callbacks later, and returns a promise when none were given (the newer WeChat contract). */
function answer(options: Options | undefined, produce: () => Promise<unknown>): Promise<unknown> | undefined {
  const opts = options ?? {}
  const run = new Promise<unknown>((resolve, reject) => {
    setTimeout(() => {
      produce().then(
        (res) => {
          opts.success?.(res)
          opts.complete?.(res)
          resolve(res)
        },
        (err: unknown) => {
          opts.fail?.(err)
          opts.complete?.(err)
          reject(err)
        },
      )
    }, 0)
  })
  if (opts.success || opts.fail || opts.complete) {
    run.catch(() => {})
    return undefined
  }
  return run
}

function parseUrl(url: string): { path: string; query: Record<string, string> } {
  try {
    const u = new URL(url, 'http://relative.invalid')
    return { path: u.pathname, query: Object.fromEntries(u.searchParams) }
  } catch {
    return { path: url, query: {} }
  }
}

function parseBody(data: unknown): unknown {
  if (typeof data !== 'string') return data
  try {
    return JSON.parse(data)
  } catch {
    return data
  }
}

const notStubbed: RequestHandler = (req) => ({
  statusCode: 404,
  data: { code: 'NOT_STUBBED', message: `no stub for ${req.method} ${req.path}` },
})

/**
 * A chainable `wx.createSelectorQuery()`.
 *
 * @see NutUI React Taro measures elements (Tabs, Sticky, Popup, Swiper…) with
 *   `createSelectorQuery().in(scope).select(sel).boundingClientRect().exec(cb)`; miniprogram-simulate's own query
 *   returns `undefined` from `select()`, so the chain throws. Results are a 375-pt-wide zero-height box.
 */
export function createSelectorQuery() {
  const queue: Array<{ all: boolean; cb?: (r: unknown) => void; kind: string }> = []
  let pendingAll = false
  const rect = () => ({ id: '', dataset: {}, left: 0, right: 375, top: 0, bottom: 0, width: 375, height: 0 })
  const result = (kind: string) =>
    kind === 'scrollOffset'
      ? { id: '', dataset: {}, scrollLeft: 0, scrollTop: 0, scrollWidth: 375, scrollHeight: 0 }
      : rect()
  const q = {
    in: () => q,
    select: () => {
      pendingAll = false
      return q
    },
    selectAll: () => {
      pendingAll = true
      return q
    },
    selectViewport: () => {
      pendingAll = false
      return q
    },
    boundingClientRect: (cb?: (r: unknown) => void) => {
      queue.push({ all: pendingAll, cb, kind: 'rect' })
      return q
    },
    fields: (_f: unknown, cb?: (r: unknown) => void) => {
      queue.push({ all: pendingAll, cb, kind: 'fields' })
      return q
    },
    scrollOffset: (cb?: (r: unknown) => void) => {
      queue.push({ all: pendingAll, cb, kind: 'scrollOffset' })
      return q
    },
    node: (cb?: (r: unknown) => void) => {
      queue.push({ all: pendingAll, cb, kind: 'node' })
      return q
    },
    context: (cb?: (r: unknown) => void) => {
      queue.push({ all: pendingAll, cb, kind: 'context' })
      return q
    },
    exec: (cb?: (r: unknown[]) => void) => {
      setTimeout(() => {
        const results = queue.map((item) => {
          const r = item.all ? [result(item.kind)] : result(item.kind)
          item.cb?.(r)
          return r
        })
        cb?.(results)
      }, 0)
      return q
    },
  }
  return q
}

/**
 * `wx.getFileSystemManager()`'s saveFile / getFileInfo / removeSavedFile over a real directory: temp files in `tmp/`,
 * saved files in `saved/` (WeChat's own storage, which outlives the app).
 */
function fileStubs(dir: string) {
  mkdirSync(join(dir, 'tmp'), { recursive: true })
  mkdirSync(join(dir, 'saved'), { recursive: true })
  let n = 0
  const temp = (from: string) => {
    const to = join(dir, 'tmp', `${Date.now()}-${++n}${extname(from)}`)
    copyFileSync(from, to)
    return to
  }
  const callback = (opts: Options, run: () => Record<string, unknown>, api: string) => {
    setTimeout(() => {
      let res: Record<string, unknown>
      try {
        res = { errMsg: `${api}:ok`, ...run() }
      } catch {
        const err = { errMsg: `${api}:fail no such file or directory` }
        opts.fail?.(err)
        opts.complete?.(err)
        return
      }
      opts.success?.(res)
      opts.complete?.(res)
    }, 0)
  }
  const manager = {
    saveFile: (opts: Options) =>
      callback(
        opts,
        () => {
          const to = join(dir, 'saved', `store-${Date.now()}-${++n}${extname(String(opts.tempFilePath))}`)
          renameSync(String(opts.tempFilePath), to)
          return { savedFilePath: to }
        },
        'saveFile',
      ),
    getFileInfo: (opts: Options) =>
      callback(opts, () => ({ size: statSync(String(opts.filePath)).size }), 'getFileInfo'),
    removeSavedFile: (opts: Options) =>
      callback(
        opts,
        () => {
          unlinkSync(String(opts.filePath))
          return {}
        },
        'removeSavedFile',
      ),
  }
  return { dir, temp, manager }
}

/**
 * Builds the recorded `wx` stubs over a base `wx` (miniprogram-simulate's mock API, which covers the hundreds of APIs
 * a page never calls here). Returns the object to install as `global.wx` and the recorder to assert on.
 *
 * @see The app's axios adapter calls `Taro.request`, which calls `wx.request({ url, method, data, header, success })`;
 *   there is no XMLHttpRequest in a mini-program, so this is the only network path a weapp page has.
 * @see Taro's weapp runtime copies `wx.*` onto `Taro` when `taro.js` loads (`processApis`), so the stubs must be on
 *   `global.wx` before `dist/weapp/app.js` is required — `renderPage` does that.
 */
export function createWxStubs(base: WxApi, options: WxStubOptions = {}): { wx: WxApi; recorder: WxRecorder } {
  const requests: RecordedRequest[] = []
  const calls: RecordedCall[] = []
  const storage = new Map<string, unknown>(Object.entries(options.storage ?? {}))
  const handler = options.request ?? notStubbed
  const fontSizeSetting = options.systemInfo?.fontSizeSetting ?? 16
  const info = { fontSizeSetting, ...options.systemInfo }
  const record = (api: string, opts?: Options) => calls.push({ api, options: withoutCallbacks(opts) })
  const ok = (api: string, extra: Record<string, unknown> = {}) => ({ errMsg: `${api}:ok`, ...extra })
  const files = fileStubs(options.filesDir ?? mkdtempSync(join(tmpdir(), 'wx-files-')))
  const networkListeners = new Set<(res: unknown) => void>()

  /** A recorded API that always succeeds with `extra`. */
  const recorded =
    (api: string, extra: () => Record<string, unknown> = () => ({})) =>
    (opts?: Options) => {
      record(api, opts)
      return answer(opts, async () => ok(api, extra()))
    }

  const doRequest = (api: string, opts: Options, build: (o: Options) => RecordedRequest) => {
    const req = build(opts)
    requests.push(req)
    let aborted = false
    answer(opts, async () => {
      let res: StubResponse
      try {
        res = await handler(req)
      } catch (err) {
        throw { errMsg: `${api}:fail ${err instanceof Error ? err.message : String(err)}` }
      }
      if (aborted) throw { errMsg: `${api}:fail abort` }
      const data = api === 'uploadFile' && typeof res.data !== 'string' ? JSON.stringify(res.data ?? '') : res.data
      return ok(api, { statusCode: res.statusCode, data, header: res.header ?? {}, cookies: [] })
    })
    return {
      abort: () => {
        aborted = true
      },
      onHeadersReceived: () => {},
      offHeadersReceived: () => {},
      onProgressUpdate: () => {},
      offProgressUpdate: () => {},
    }
  }

  const wx: WxApi = {
    ...base,
    request: (opts: Options) =>
      doRequest('request', opts, (o) => {
        const url = String(o.url)
        return {
          url,
          method: String(o.method ?? 'GET').toUpperCase(),
          data: o.data,
          body: parseBody(o.data),
          header: { ...(o.header as Record<string, string>) },
          ...parseUrl(url),
        }
      }),
    uploadFile: (opts: Options) =>
      doRequest('uploadFile', opts, (o) => {
        const url = String(o.url)
        return {
          url,
          method: 'POST',
          data: { filePath: o.filePath, name: o.name, formData: o.formData },
          body: { filePath: o.filePath, name: o.name, formData: o.formData },
          header: { ...(o.header as Record<string, string>) },
          ...parseUrl(url),
        }
      }),

    // Storage: a Map, so a test can seed a session and read back what the page stored.
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => {
      storage.set(key, value)
    },
    removeStorageSync: (key: string) => {
      storage.delete(key)
    },
    clearStorageSync: () => storage.clear(),
    getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }),
    getStorage: (opts: Options) =>
      answer(opts, async () => {
        const key = String(opts.key)
        if (!storage.has(key)) throw { errMsg: 'getStorage:fail data not found' }
        return ok('getStorage', { data: storage.get(key) })
      }),
    setStorage: (opts: Options) =>
      answer(opts, async () => {
        storage.set(String(opts.key), opts.data)
        return ok('setStorage')
      }),
    removeStorage: (opts: Options) =>
      answer(opts, async () => {
        storage.delete(String(opts.key))
        return ok('removeStorage')
      }),
    clearStorage: (opts: Options) =>
      answer(opts, async () => {
        storage.clear()
        return ok('clearStorage')
      }),

    // Photos and files: real files in `filesDir`, so a test sees what was saved and what was deleted.
    chooseMedia: (opts?: Options) => {
      record('chooseMedia', opts)
      return answer(opts, async () => {
        const picked = options.pickedPhotos ?? []
        if (!picked.length) throw { errMsg: 'chooseMedia:fail cancel' }
        const tempFiles = picked
          .map((path) => files.temp(path))
          .map((p) => ({ tempFilePath: p, size: statSync(p).size }))
        return ok('chooseMedia', { type: 'image', tempFiles })
      })
    },
    compressImage: (opts?: Options) => {
      record('compressImage', opts)
      return answer(opts, async () => ok('compressImage', { tempFilePath: files.temp(String(opts?.src)) }))
    },
    getFileSystemManager: () => files.manager,
    onNetworkStatusChange: (listener: (res: unknown) => void) => networkListeners.add(listener),
    offNetworkStatusChange: (listener: (res: unknown) => void) => networkListeners.delete(listener),

    login: recorded('login', () => ({ code: options.loginCode ?? 'wx-test-code' })),
    checkSession: recorded('checkSession'),

    // Font size: WeChat's 关怀模式 / large text shows up as a bigger fontSizeSetting.
    getAppBaseInfo: () => ({
      SDKVersion: '3.7.0',
      enableDebug: false,
      host: { env: 'WeChat' },
      language: 'zh_CN',
      version: '8.0.50',
      theme: 'light',
      ...info,
    }),
    getSystemInfoSync: () => ({
      brand: 'devtools',
      model: 'iPhone 13 mini',
      system: 'iOS 17.0',
      platform: 'ios',
      SDKVersion: '3.7.0',
      version: '8.0.50',
      language: 'zh_CN',
      theme: 'light',
      ...WINDOW,
      ...info,
    }),
    getSystemInfo: (opts: Options) =>
      answer(opts, async () =>
        ok('getSystemInfo', { platform: 'ios', SDKVersion: '3.7.0', version: '8.0.50', ...WINDOW, ...info }),
      ),
    getWindowInfo: () => ({ ...WINDOW }),
    getDeviceInfo: () => ({ brand: 'devtools', model: 'iPhone 13 mini', system: 'iOS 17.0', platform: 'ios' }),

    createSelectorQuery,

    // Navigation: recorded, so a test asserts "tapping this went there"; no second page is rendered.
    navigateTo: recorded('navigateTo'),
    redirectTo: recorded('redirectTo'),
    switchTab: recorded('switchTab'),
    reLaunch: recorded('reLaunch'),
    navigateBack: recorded('navigateBack'),

    // Feedback and device actions the page may trigger.
    showToast: recorded('showToast'),
    hideToast: recorded('hideToast'),
    showLoading: recorded('showLoading'),
    hideLoading: recorded('hideLoading'),
    showModal: (opts?: Options) => {
      record('showModal', opts)
      const a = options.modalAnswer ?? { confirm: true }
      return answer(opts, async () =>
        ok('showModal', { confirm: a.confirm, cancel: a.cancel ?? !a.confirm, content: a.content }),
      )
    },
    showActionSheet: recorded('showActionSheet', () => ({ tapIndex: 0 })),
    makePhoneCall: recorded('makePhoneCall'),
    setClipboardData: recorded('setClipboardData'),
    setNavigationBarTitle: recorded('setNavigationBarTitle'),
    // WeChat answers `{ [templateId]: 'accept' | 'reject' | 'ban' | 'filter' }` for each id in `tmplIds`.
    requestSubscribeMessage: (opts?: Options) => {
      record('requestSubscribeMessage', opts)
      const ids = Array.isArray(opts?.tmplIds) ? (opts.tmplIds as string[]) : []
      const choice = options.subscribeAnswer ?? 'accept'
      return answer(opts, async () => ok('requestSubscribeMessage', Object.fromEntries(ids.map((id) => [id, choice]))))
    },
    vibrateShort: recorded('vibrateShort'),
  }

  const networkBack = () => {
    for (const listener of networkListeners) listener({ isConnected: true, networkType: 'wifi' })
  }
  return { wx, recorder: { requests, calls, storage, filesDir: files.dir, networkBack } }
}
