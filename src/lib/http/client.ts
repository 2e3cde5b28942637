import axios, { type AxiosRequestConfig, type InternalAxiosRequestConfig } from 'axios'
import { goToLogin, STAFF_LOGIN_PAGE } from '../auth/login-redirect'
import { residentSession, staffSession } from '../auth/session'
import { toApiError } from './errors'
import { idempotencyKey } from './idempotency'
import { defaultApiBase, requestAdapter } from './request-adapter'

declare module 'axios' {
  interface AxiosRequestConfig {
    /** Whose token to send: the resident's (default), staff's, or none (login requests). */
    tokenFor?: 'resident' | 'staff' | 'none'
  }
}

/** Requests give up after 15 s; the resident then sees 请求超时 with a retry button. */
export const REQUEST_TIMEOUT_MS = 15_000

/**
 * The API origin, fixed at build time. Written out in full because Taro inlines only `process.env.TARO_APP_*`.
 * Empty on H5 means same origin; on weapp the default is the local server for WeChat DevTools.
 */
export const API_BASE: string = readBuildApiBase() || defaultApiBase

function readBuildApiBase(): string | undefined {
  // Taro replaces the expression below with a literal only when TARO_APP_API_BASE is set at build time; when it is
  // not, `process` does not exist in the browser or the mini-program and reading it throws.
  try {
    return process.env.TARO_APP_API_BASE
  } catch {
    return undefined
  }
}

/**
 * The ONE axios instance of the client (weapp and H5). Adds the bearer token, turns every failure into an
 * `ApiError` with Chinese text, and on 401 clears the session and sends the user to log in.
 */
export const http = axios.create({
  baseURL: API_BASE,
  timeout: REQUEST_TIMEOUT_MS,
  adapter: requestAdapter,
  headers: { Accept: 'application/json' },
})

http.interceptors.request.use((config: InternalAxiosRequestConfig) => {
  const who = config.tokenFor ?? 'resident'
  const login = who === 'staff' ? staffSession.get() : who === 'resident' ? residentSession.get() : null
  if (login) config.headers.set('Authorization', `Bearer ${login.token}`)
  return config
})

http.interceptors.response.use(undefined, (error: unknown) => {
  const apiError = toApiError(error)
  if (apiError.status === 401) {
    const config = (error as { config?: AxiosRequestConfig }).config
    const who = config?.tokenFor ?? 'resident'
    if (who === 'staff') {
      staffSession.clear()
      goToLogin(STAFF_LOGIN_PAGE)
    } else if (who === 'resident') {
      residentSession.clear()
      goToLogin()
    }
  }
  return Promise.reject(apiError)
})

/** Options of {@link createRequest}. */
export interface CreateRequestOptions extends AxiosRequestConfig {
  /** Reuse the key of an earlier attempt of the same submission; a new one is made otherwise. */
  idempotencyKey?: string
}

/**
 * POST that creates something (a 工单, a registration, a comment): sends an `Idempotency-Key` so a repeated tap or a
 * retry after a timeout returns the first result instead of a duplicate. Resolves to the response body.
 */
export async function createRequest<T>(url: string, data: unknown, options: CreateRequestOptions = {}): Promise<T> {
  const { idempotencyKey: key, headers, ...config } = options
  const response = await http.post<T>(url, data, {
    ...config,
    headers: { ...(headers as Record<string, string> | undefined), 'Idempotency-Key': key ?? idempotencyKey() },
  })
  return response.data
}
