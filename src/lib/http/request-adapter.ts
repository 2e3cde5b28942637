import type { AxiosAdapter } from 'axios'

/**
 * The axios adapter of this platform (resolved by Taro at build time: `request-adapter.weapp.ts` /
 * `request-adapter.h5.ts`). `undefined` means axios' own adapter (XHR/fetch in the browser).
 */
export declare const requestAdapter: AxiosAdapter | undefined

/** Where the API lives when `TARO_APP_API_BASE` is not set at build time. */
export declare const defaultApiBase: string
