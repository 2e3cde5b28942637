/**
 * A thin @tarojs/taro for jsdom. Storage is backed by localStorage like Taro's H5 build; navigation, toasts and
 * system calls are plain async functions that tests spy on with `jest.spyOn(Taro, 'navigateTo')`.
 */
import { useEffect, useRef } from 'react'

type Page = { route: string; options?: Record<string, string> }

let pages: Page[] = [{ route: 'pages/index/index' }]
let appBaseInfo: { fontSizeSetting?: number } = {}

const shown = new Set<() => void>()
const hidden = new Set<() => void>()

/** Registers a lifecycle callback for as long as the component is mounted; the latest callback is the one run. */
function useLifecycle(set: Set<() => void>, callback: () => void): void {
  const ref = useRef(callback)
  ref.current = callback
  useEffect(() => {
    const run = () => ref.current()
    set.add(run)
    return () => {
      set.delete(run)
    }
  }, [set])
}

const ok = async <T = unknown>(_options?: T) => ({ errMsg: 'ok' })

const Taro = {
  getStorageSync(key: string): unknown {
    const raw = localStorage.getItem(key)
    return raw === null ? '' : raw
  },
  setStorageSync(key: string, value: unknown): void {
    localStorage.setItem(key, String(value))
  },
  removeStorageSync(key: string): void {
    localStorage.removeItem(key)
  },
  getCurrentPages: () => pages,
  navigateTo: ok as (options: { url: string }) => Promise<unknown>,
  redirectTo: ok as (options: { url: string }) => Promise<unknown>,
  switchTab: ok as (options: { url: string }) => Promise<unknown>,
  navigateBack: ok as (options?: { delta?: number }) => Promise<unknown>,
  showToast: ok as (options: { title: string }) => Promise<unknown>,
  showModal: async (_options: unknown) => ({ confirm: true, cancel: false }),
  makePhoneCall: ok as (options: { phoneNumber: string }) => Promise<unknown>,
  setClipboardData: ok as (options: { data: string }) => Promise<unknown>,
  login: async () => ({ code: 'wx-code-from-test', errMsg: 'login:ok' }),
  getAppBaseInfo: () => appBaseInfo,
  request(_options: unknown): unknown {
    throw new Error('Taro.request is not available in tests: replace it with jest.spyOn or assignment')
  },
  /** Page lifecycle hooks: callbacks of mounted components, run by `__hidePage()` / `__showPage()`. */
  useDidShow(callback: () => void): void {
    useLifecycle(shown, callback)
  },
  useDidHide(callback: () => void): void {
    useLifecycle(hidden, callback)
  },
  /** Test helper: another page was opened on top (useDidHide callbacks run). */
  __hidePage() {
    for (const f of [...hidden]) f()
  },
  /** Test helper: the page is on top again (useDidShow callbacks run). */
  __showPage() {
    for (const f of [...shown]) f()
  },
  /** Test helper: the page stack getCurrentPages() returns. */
  __setPages(next: Page[]) {
    pages = next
  },
  /** Test helper: what getAppBaseInfo() returns (e.g. `{ fontSizeSetting: 20 }`). */
  __setAppBaseInfo(next: { fontSizeSetting?: number }) {
    appBaseInfo = next
  },
}

export const { useDidShow, useDidHide } = Taro

export default Taro
