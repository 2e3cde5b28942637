import { http } from '../http/client'
import type { ImageViewer } from './protected-image'

/** H5: the image through the one axios instance (token, errors) as a blob, shown from an object URL. */
export async function loadProtectedImage(path: string, viewer: ImageViewer = 'resident'): Promise<string> {
  const res = await http.get<Blob>(path, { responseType: 'blob', tokenFor: viewer })
  return URL.createObjectURL(res.data)
}

/** H5: object URLs hold the blob until revoked. */
export function releaseProtectedImage(src: string): void {
  if (src.startsWith('blob:')) URL.revokeObjectURL(src)
}
