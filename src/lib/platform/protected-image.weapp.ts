import { http } from '../http/client'
import { type DownloadedFile, downloadFileAdapter } from './file-transfer.weapp'
import type { ImageViewer } from './protected-image'

/**
 * weapp: `<image>` cannot send headers, so the file is downloaded (`Taro.downloadFile`) through the app's one axios
 * instance — the viewer's token, the error map, 401 → login — and shown from its temp path.
 */
export async function loadProtectedImage(path: string, viewer: ImageViewer = 'resident'): Promise<string> {
  const res = await http.get<DownloadedFile>(path, { adapter: downloadFileAdapter, tokenFor: viewer })
  return res.data.tempFilePath
}

/** weapp: temp files are cleaned up by WeChat. */
export function releaseProtectedImage(_src: string): void {}
