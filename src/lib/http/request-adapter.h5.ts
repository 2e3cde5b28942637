import type { AxiosAdapter } from 'axios'

/** H5: axios' own browser adapter. */
export const requestAdapter: AxiosAdapter | undefined = undefined

/** H5: empty = same origin (the API server also serves the H5 build). */
export const defaultApiBase = ''
