import Taro from '@tarojs/taro'
import axios, { type AxiosAdapter, AxiosHeaders, type InternalAxiosRequestConfig } from 'axios'
import { settleWxAnswer, type WxAnswer, wxFailure } from '../http/request-adapter.weapp'

/**
 * weapp file transfers as axios adapters, passed per request to the app's one axios instance (`http`) so an upload
 * or a protected download gets exactly what every other request gets from its interceptors: the bearer token, the
 * one error map (`toApiError`) and, on 401, the session cleared and the login page opened.
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/wx.uploadFile.html
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/download/wx.downloadFile.html
 */

type Start = (
  config: InternalAxiosRequestConfig,
  common: { url: string; header: Record<string, string>; timeout?: number },
  done: { success(res: WxAnswer): void; fail(err: { errMsg?: string }): void },
) => unknown

function transferAdapter(start: Start): AxiosAdapter {
  return (config) =>
    new Promise((resolve, reject) => {
      const header = AxiosHeaders.from(config.headers).toJSON(true) as Record<string, string>
      // WeChat writes the multipart / download request itself; a JSON content type would break the upload.
      delete header['Content-Type']
      const task: unknown = start(
        config,
        { url: axios.getUri(config), header, timeout: config.timeout || undefined },
        {
          success: (res) => settleWxAnswer(config, task, res, resolve, reject),
          fail: (err) => reject(wxFailure(config, task, err.errMsg)),
        },
      )
      // Taro also returns a promise that rejects on failure; `fail` handles it (see request-adapter.weapp.ts).
      ;(task as Promise<unknown> | undefined)?.catch?.(() => undefined)
    })
}

/** Sends `filePath` as the multipart field `name` with `Taro.uploadFile` (wx.request cannot send multipart). */
export function uploadFileAdapter(filePath: string, name: string): AxiosAdapter {
  return transferAdapter((_config, common, done) =>
    Taro.uploadFile({
      ...common,
      filePath,
      name,
      success: (res) => done.success({ statusCode: res.statusCode, data: res.data }),
      fail: done.fail,
    }),
  )
}

/** What {@link downloadFileAdapter} answers: the downloaded file's temp path. */
export interface DownloadedFile {
  tempFilePath: string
}

/** Downloads with `Taro.downloadFile` (an `<image>` cannot send headers); the response data is {@link DownloadedFile}. */
export const downloadFileAdapter: AxiosAdapter = transferAdapter((_config, common, done) =>
  Taro.downloadFile({
    ...common,
    success: (res) => done.success({ statusCode: res.statusCode, data: { tempFilePath: res.tempFilePath } }),
    fail: done.fail,
  }),
)
