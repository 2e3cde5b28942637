import Taro from '@tarojs/taro'
import type { LocalPhoto } from './photo'
import type { KeptPhoto, PhotoKeeper } from './photo-keeper'

function fs() {
  return Taro.getFileSystemManager()
}

/**
 * Storage key of the ledger of saved files this keeper made: `saveFile` names files itself and the mini-program's
 * saved-file list holds every feature's files, so only paths in the ledger are ever listed.
 */
const LEDGER_KEY = 'gov.hotline-photo.v1.saved'

function ledger(): string[] {
  const paths: unknown = Taro.getStorageSync(LEDGER_KEY)
  return Array.isArray(paths) ? paths.filter((p): p is string => typeof p === 'string') : []
}

/** Writes the ledger; a full storage only means the copy is not swept later, so it never fails the caller. */
function writeLedger(paths: string[]): void {
  try {
    if (paths.length) Taro.setStorageSync(LEDGER_KEY, paths)
    else Taro.removeStorageSync(LEDGER_KEY)
  } catch {
    // storage full: the copy stays unlisted
  }
}

/** weapp: `saveFile` moves the temp file into the mini-program's own storage (10 MB), which outlives the app. */
export const photoKeeper: PhotoKeeper = {
  previewsAreTemporary: true,
  keep(photo: LocalPhoto): Promise<KeptPhoto> {
    return new Promise((resolve, reject) => {
      fs().saveFile({
        tempFilePath: photo.path,
        success: (res) => {
          writeLedger([...ledger(), res.savedFilePath])
          resolve({ key: res.savedFilePath, preview: res.savedFilePath })
        },
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
    writeLedger(ledger().filter((path) => !keys.includes(path)))
  },
  async list(): Promise<string[]> {
    return ledger()
  },
}
