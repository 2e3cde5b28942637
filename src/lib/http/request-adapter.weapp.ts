import Taro from '@tarojs/taro'
import axios, {
  type AxiosAdapter,
  AxiosError,
  AxiosHeaders,
  type AxiosResponse,
  CanceledError,
  type InternalAxiosRequestConfig,
} from 'axios'

/**
 * The mini-program has no XMLHttpRequest, so axios sends through `Taro.request` (wx.request).
 * Only axios' public API is used: `axios.getUri` builds the URL with params, axios' own transforms still do JSON
 * both ways (the body arrives here already serialised; the answer goes back as text), errors are `AxiosError`s
 * with `response`, timeouts are `ECONNABORTED`, and `signal` aborts the request task.
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/request/wx.request.html
 */
export const requestAdapter: AxiosAdapter = (config) =>
  new Promise<AxiosResponse>((resolve, reject) => {
    const signal = config.signal as AbortSignal | undefined
    if (signal?.aborted) {
      reject(new CanceledError(undefined, undefined, config))
      return
    }
    const method = (config.method ?? 'get').toUpperCase() as keyof Taro.request.Method
    const headers = AxiosHeaders.from(config.headers).toJSON(true) as Record<string, string>
    let settled = false
    const task = Taro.request({
      url: axios.getUri(config),
      method,
      data: config.data,
      header: headers,
      timeout: config.timeout || undefined,
      // Raw text back; axios' transformResponse parses JSON exactly as on H5.
      dataType: 'text',
      responseType: 'text',
      success(res) {
        settled = true
        signal?.removeEventListener?.('abort', onAbort)
        settleWxAnswer(config, task, res, resolve, reject)
      },
      fail(err) {
        settled = true
        signal?.removeEventListener?.('abort', onAbort)
        reject(wxFailure(config, task, err.errMsg))
      },
    })
    // Taro.request also returns a promise that rejects on failure; the callbacks above already handle it, so
    // swallow it here or WeChat reports an unhandled rejection (App.onUnhandledRejection) on every network error.
    ;(task as unknown as Promise<unknown>).catch?.(() => undefined)
    function onAbort() {
      if (settled) return
      task.abort()
      reject(new CanceledError(undefined, undefined, config))
    }
    signal?.addEventListener?.('abort', onAbort)
  })

/** What a wx network call (request, uploadFile, downloadFile) answers. */
export interface WxAnswer {
  statusCode: number
  data: unknown
  header?: Record<string, unknown>
}

/**
 * Settles a wx network call the way axios does: the response when `validateStatus` accepts its status, otherwise an
 * `AxiosError` carrying it (which `toApiError` maps). Shared by every adapter over a wx network API.
 */
export function settleWxAnswer(
  config: InternalAxiosRequestConfig,
  request: unknown,
  res: WxAnswer,
  resolve: (response: AxiosResponse) => void,
  reject: (error: unknown) => void,
): void {
  const response: AxiosResponse = {
    data: res.data,
    status: res.statusCode,
    statusText: String(res.statusCode),
    headers: AxiosHeaders.from((res.header ?? {}) as Record<string, string>),
    config,
    request,
  }
  const validate = config.validateStatus
  if (!validate || validate(res.statusCode)) resolve(response)
  else {
    const code = res.statusCode >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST
    reject(new AxiosError(`Request failed with status code ${res.statusCode}`, code, config, request, response))
  }
}

/** A wx network call's `fail` as axios reports it: aborted → canceled, timed out → ECONNABORTED, else network. */
export function wxFailure(config: InternalAxiosRequestConfig, request: unknown, errMsg = ''): AxiosError {
  if (/abort/i.test(errMsg)) return new CanceledError(undefined, undefined, config)
  if (/time(d)?\s?out/i.test(errMsg)) {
    return new AxiosError(`timeout of ${config.timeout}ms exceeded`, AxiosError.ECONNABORTED, config, request)
  }
  return new AxiosError(errMsg || 'Network Error', AxiosError.ERR_NETWORK, config, request)
}

/** weapp: WeChat DevTools talks to a local server (tick 不校验合法域名 in DevTools). */
export const defaultApiBase = 'http://localhost:3000'
