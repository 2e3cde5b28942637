import type { LocalPhoto } from './photo'

/** A durable copy of a picked photo on the device. */
export interface KeptPhoto {
  /** Finds the copy again ({@link PhotoKeeper.load}, {@link PhotoKeeper.remove}). */
  key: string
  /** A preview that survives an app kill (weapp: the saved file's path); absent when the photo's own preview does. */
  preview?: string
}

/**
 * Keeps picked photos on the device until the draft they belong to is sent or discarded, so a photo picked offline
 * (or whose upload failed on the network) is not lost and can be uploaded later.
 * H5: IndexedDB (a JPEG blob), or a data URL in localStorage where IndexedDB is missing;
 * weapp: `saveFile` into the mini-program's own storage (WeChat temp files die with the app).
 */
export interface PhotoKeeper {
  keep(photo: LocalPhoto): Promise<KeptPhoto>
  /** The kept photo, ready to upload; `null` when its copy is gone. */
  load(key: string): Promise<LocalPhoto | null>
  remove(keys: string[]): Promise<void>
  /** Keys of every copy this keeper holds (its own store / key prefix / ledger only, never other features' data). */
  list(): Promise<string[]>
  /** weapp: a picked photo's preview is a temp path that dies with the app, so uploaded photos are kept too. */
  previewsAreTemporary: boolean
}

/** The platform's {@link PhotoKeeper}. */
export declare const photoKeeper: PhotoKeeper
