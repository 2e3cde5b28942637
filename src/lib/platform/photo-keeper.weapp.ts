import Taro from '@tarojs/taro'
import type { LocalPhoto } from './photo'
import type { KeptPhoto, PhotoKeeper } from './photo-keeper'

function fs() {
  return Taro.getFileSystemManager()
}

/** weapp: `saveFile` moves the temp file into the mini-program's own storage (10 MB), which outlives the app. */
export const photoKeeper: PhotoKeeper = {
  previewsAreTemporary: true,
  keep(photo: LocalPhoto): Promise<KeptPhoto> {
    return new Promise((resolve, reject) => {
      fs().saveFile({
        tempFilePath: photo.path,
        success: (res) => resolve({ key: res.savedFilePath, preview: res.savedFilePath }),
        fail: () => reject(new Error('手机存储空间不足，照片未能保存')),
      })
    })
  },
  load(key: string): Promise<LocalPhoto | null> {
    return new Promise((resolve) => {
      fs().getFileInfo({
        filePath: key,
        success: (res) => resolve({ path: key, preview: key, size: res.size }),
        fail: () => resolve(null),
      })
    })
  },
  async remove(keys: string[]): Promise<void> {
    await Promise.all(
      keys.map(
        (filePath) => new Promise<void>((resolve) => fs().removeSavedFile({ filePath, complete: () => resolve() })),
      ),
    )
  },
}
