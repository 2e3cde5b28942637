import Taro from '@tarojs/taro'
import { http } from '../http/client'
import { uploadFileAdapter } from './file-transfer.weapp'
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
 * weapp: `Taro.uploadFile` (wx.request cannot send multipart) as the adapter of a request through the app's one axios
 * instance, so the token, the error map and 401 → login are the same as for every other request.
 */
export async function uploadPhoto(photo: LocalPhoto): Promise<UploadedPhoto> {
  const res = await http.post<UploadedPhoto>('/api/uploads', undefined, {
    adapter: uploadFileAdapter(photo.path, 'file'),
  })
  return res.data
}
