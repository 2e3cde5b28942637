import Taro from '@tarojs/taro'
import { residentSession } from '../auth/session'
import { API_BASE } from '../http/client'
import { ApiError, ERROR_TEXT, toApiError } from '../http/errors'
import type { LocalPhoto, UploadedPhoto } from './photo'

/** weapp: camera or album, images only, already "compressed" by WeChat's own sizeType. */
export async function choosePhotos(count: number): Promise<LocalPhoto[]> {
  if (count <= 0) return []
  try {
    const res = await Taro.chooseMedia({
      count,
      mediaType: ['image'],
      sourceType: ['album', 'camera'],
      sizeType: ['compressed'],
    })
    return res.tempFiles.map((f) => ({ path: f.tempFilePath, preview: f.tempFilePath, size: f.size }))
  } catch (error) {
    if (/cancel/i.test(String((error as { errMsg?: string })?.errMsg ?? ''))) return []
    throw new Error('无法选择照片，请检查是否允许小程序使用相册和相机')
  }
}

/** weapp: `Taro.compressImage` (quality 70, longest side 1600); the original is kept if compression fails. */
export async function compressPhoto(photo: LocalPhoto): Promise<LocalPhoto> {
  try {
    const res = await Taro.compressImage({
      src: photo.path,
      quality: 70,
      compressedWidth: 1600,
    } as Taro.compressImage.Option)
    return { ...photo, path: res.tempFilePath, preview: res.tempFilePath }
  } catch {
    return photo
  }
}

/**
 * weapp: `Taro.uploadFile` (wx.request cannot send multipart). Errors go through the same error map as every
 * other request.
 */
export async function uploadPhoto(photo: LocalPhoto): Promise<UploadedPhoto> {
  const login = residentSession.get()
  let res: Taro.uploadFile.SuccessCallbackResult
  try {
    res = await Taro.uploadFile({
      url: `${API_BASE}/api/uploads`,
      filePath: photo.path,
      name: 'file',
      header: login ? { Authorization: `Bearer ${login.token}` } : {},
    })
  } catch {
    throw new ApiError('NETWORK', ERROR_TEXT.NETWORK, 0)
  }
  let body: unknown
  try {
    body = JSON.parse(res.data)
  } catch {
    body = undefined
  }
  if (res.statusCode >= 200 && res.statusCode < 300) return body as UploadedPhoto
  const b = body as { code?: string; message?: string; fields?: Record<string, string> } | undefined
  if (res.statusCode >= 500) throw toApiError(new Error('upload'))
  throw new ApiError(b?.code ?? 'UNKNOWN', b?.message || ERROR_TEXT.UNKNOWN, res.statusCode, b?.fields ?? {})
}
