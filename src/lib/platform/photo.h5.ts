import { http } from '../http/client'
import type { LocalPhoto, UploadedPhoto } from './photo'

/** Same as PHOTO_MAX_SIDE in photo.ts (a value import there would resolve back to this file). */
const PHOTO_MAX_SIDE = 1600
const THUMB_SIDE = 240

/** H5: the files of the page's `<input type=file>`, at most `count`. */
export async function choosePhotos(count: number, files?: FileList | File[] | null): Promise<LocalPhoto[]> {
  const list = Array.from(files ?? []).slice(0, Math.max(0, count))
  return list.map((file) => ({ path: URL.createObjectURL(file), blob: file, preview: '', size: file.size }))
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = () => reject(new Error('不是可识别的图片文件，请选择 JPG、PNG 或 WebP 照片'))
    img.src = src
  })
}

function draw(img: HTMLImageElement, maxSide: number): HTMLCanvasElement {
  const scale = Math.min(1, maxSide / Math.max(img.naturalWidth, img.naturalHeight))
  const canvas = document.createElement('canvas')
  canvas.width = Math.max(1, Math.round(img.naturalWidth * scale))
  canvas.height = Math.max(1, Math.round(img.naturalHeight * scale))
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('浏览器无法处理图片')
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height)
  return canvas
}

/**
 * H5: re-encodes to JPEG (quality 0.8) with the longest side ≤ 1600 px, and makes a 240 px data-URL thumbnail that
 * the draft keeps, so the preview survives a reload.
 */
export async function compressPhoto(photo: LocalPhoto): Promise<LocalPhoto> {
  const img = await loadImage(photo.path)
  const big = draw(img, PHOTO_MAX_SIDE)
  const preview = draw(img, THUMB_SIDE).toDataURL('image/jpeg', 0.7)
  const blob = await new Promise<Blob | null>((resolve) => big.toBlob(resolve, 'image/jpeg', 0.8))
  if (!blob) return { ...photo, preview }
  URL.revokeObjectURL(photo.path)
  return { path: URL.createObjectURL(blob), blob, preview, size: blob.size }
}

/** H5: multipart through the app's axios instance (token, error map and 401 handling included). */
export async function uploadPhoto(photo: LocalPhoto): Promise<UploadedPhoto> {
  const form = new FormData()
  if (photo.blob) form.append('file', photo.blob, 'photo.jpg')
  const { data } = await http.post<UploadedPhoto>('/api/uploads', form, { headers: { 'Content-Type': undefined } })
  return data
}
