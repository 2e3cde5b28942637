/** A photo picked on the device, ready to compress and upload. */
export interface LocalPhoto {
  /** weapp: temp file path; H5: an object URL of `blob`. */
  path: string
  /** H5 only: the file's bytes. */
  blob?: Blob
  /** A small preview that survives a reload (H5 data URL) or the temp path (weapp). */
  preview: string
  size: number
}

/** What POST /api/uploads answers. */
export interface UploadedPhoto {
  id: string
  url: string
  bytes: number
  mime: string
}

/**
 * Lets the resident pick up to `count` photos (camera or album). weapp: `Taro.chooseMedia`; H5: a file input
 * (`files` from the page's own `<input type=file>`). Resolves `[]` when cancelled.
 */
export declare function choosePhotos(count: number, files?: FileList | File[] | null): Promise<LocalPhoto[]>

/**
 * Shrinks a photo before upload. weapp: `Taro.compressImage`; H5: canvas re-encode to JPEG with the longest side
 * ≤ 1600 px, which also drops EXIF (the server strips it again).
 */
export declare function compressPhoto(photo: LocalPhoto): Promise<LocalPhoto>

/**
 * Uploads one photo to POST /api/uploads as multipart `file`, with the resident's token.
 * weapp: `Taro.uploadFile`; H5: `FormData` through the app's one axios instance.
 */
export declare function uploadPhoto(photo: LocalPhoto): Promise<UploadedPhoto>
