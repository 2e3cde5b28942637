import { toApiError } from '../../../lib/http/errors'
import type { LocalPhoto, UploadedPhoto } from '../../../lib/platform/photo'
import { uploadPhoto } from '../../../lib/platform/photo'
import { type KeptPhoto, type PhotoKeeper, photoKeeper } from '../../../lib/platform/photo-keeper'
import { type DraftPhoto, type DraftStore, hotlineDraft } from './draft-store'
import { MAX_PHOTOS } from './validation'

/** What the upload of one photo needs (the platform's {@link uploadPhoto} and {@link photoKeeper} by default). */
export interface PhotoDeps {
  keeper: PhotoKeeper
  upload: (photo: LocalPhoto) => Promise<UploadedPhoto>
}

const DEFAULT_DEPS: PhotoDeps = { keeper: photoKeeper, upload: uploadPhoto }

/** Whether an upload failed for want of a network (offline, timeout, gateway), so it is worth trying again later. */
export function isNetworkFailure(error: unknown): boolean {
  const apiError = toApiError(error)
  return (
    apiError.code === 'NETWORK' || apiError.code === 'TIMEOUT' || apiError.status === 502 || apiError.status === 504
  )
}

/** Photos of the draft still waiting for their upload. */
export function pendingPhotos(photos: readonly DraftPhoto[]): DraftPhoto[] {
  return photos.filter((p) => p.pending)
}

function addToDraft(store: DraftStore, photo: DraftPhoto): boolean {
  const latest = store.get()?.photos ?? []
  if (latest.length >= MAX_PHOTOS) return false
  store.update({ photos: [...latest, photo] })
  return true
}

/** Copies being kept right now: stored but not yet in the draft, so {@link sweepOrphanPhotos} must wait. */
let keepsInFlight = 0

/**
 * Uploads one compressed photo and adds it to the draft. When the network fails it is kept on the device and added
 * as pending ({@link uploadPendingPhotos} sends it later); any other failure (not an image, too big) is thrown.
 * weapp keeps uploaded photos too, for a preview that outlives the app. Resolves whether the photo is pending.
 */
export async function addPhoto(
  store: DraftStore,
  small: LocalPhoto,
  deps: PhotoDeps = DEFAULT_DEPS,
): Promise<{ pending: boolean }> {
  let uploaded: UploadedPhoto | undefined
  try {
    uploaded = await deps.upload(small)
  } catch (error) {
    if (!isNetworkFailure(error)) throw error
  }
  let kept: KeptPhoto | undefined
  if (!uploaded || deps.keeper.previewsAreTemporary) {
    keepsInFlight += 1
    try {
      kept = await deps.keeper.keep(small)
    } finally {
      keepsInFlight -= 1
    }
  }
  const photo: DraftPhoto = uploaded
    ? { id: uploaded.id, preview: kept?.preview ?? small.preview, bytes: uploaded.bytes }
    : { id: `local:${kept?.key}`, preview: kept?.preview ?? small.preview, bytes: small.size, pending: true }
  if (kept) photo.localKey = kept.key
  if (!addToDraft(store, photo) && kept) await deps.keeper.remove([kept.key])
  return { pending: !uploaded }
}

let inFlight: Promise<number> | null = null

/**
 * Uploads the draft's pending photos one by one, replacing each by the server's upload id (its kept copy is deleted
 * then, except on weapp where it is the preview). Stops at the first network failure; a photo whose copy is gone is
 * dropped from the draft. Resolves how many stay pending; other failures (e.g. 不是图片) are thrown.
 * A second call while one runs joins it.
 */
export function uploadPendingPhotos(store: DraftStore = hotlineDraft, deps: PhotoDeps = DEFAULT_DEPS): Promise<number> {
  if (inFlight) return inFlight
  const run = async (): Promise<number> => {
    for (const photo of pendingPhotos(store.get()?.photos ?? [])) {
      const local = photo.localKey ? await deps.keeper.load(photo.localKey) : null
      if (!local) {
        replacePhoto(store, photo.id, null)
        continue
      }
      try {
        const uploaded = await deps.upload(local)
        const keepCopy = deps.keeper.previewsAreTemporary
        replacePhoto(store, photo.id, {
          id: uploaded.id,
          preview: photo.preview,
          bytes: uploaded.bytes,
          ...(keepCopy ? { localKey: photo.localKey } : {}),
        })
      } catch (error) {
        if (isNetworkFailure(error)) break
        throw error
      }
    }
    return pendingPhotos(store.get()?.photos ?? []).length
  }
  inFlight = run().finally(() => {
    inFlight = null
  })
  return inFlight
}

function replacePhoto(store: DraftStore, id: string, next: DraftPhoto | null) {
  const photos = store.get()?.photos ?? []
  if (!photos.some((p) => p.id === id)) return
  store.update({ photos: photos.flatMap((p) => (p.id === id ? (next ? [next] : []) : [p])) })
}

function keysOf(store: DraftStore): Set<string> {
  return new Set((store.get()?.photos ?? []).flatMap((p) => (p.localKey ? [p.localKey] : [])))
}

/**
 * Deletes a kept copy as soon as the draft no longer refers to it: the photo was removed (删除), uploaded (H5), or
 * the draft was cleared — after the server confirmed the ticket, 放弃这份草稿, logout. Returns the unsubscribe.
 */
export function watchKeptPhotos(store: DraftStore, keeper: PhotoKeeper): () => void {
  let known = keysOf(store)
  return store.subscribe(() => {
    const now = keysOf(store)
    const gone = [...known].filter((key) => !now.has(key))
    known = now
    if (gone.length) void keeper.remove(gone).catch(() => undefined)
  })
}

/**
 * Deletes the kept copies the draft does not refer to — left behind when the app died between keeping a photo and
 * saving the draft. Only the keeper's own copies are looked at ({@link PhotoKeeper.list}); nothing is deleted while a
 * photo is being kept. Call when the form opens. Resolves how many copies were deleted.
 */
export async function sweepOrphanPhotos(
  store: DraftStore = hotlineDraft,
  keeper: PhotoKeeper = photoKeeper,
): Promise<number> {
  const stored = await keeper.list()
  if (keepsInFlight > 0) return 0
  const referenced = keysOf(store)
  const orphans = stored.filter((key) => !referenced.has(key))
  if (orphans.length) await keeper.remove(orphans)
  return orphans.length
}

watchKeptPhotos(hotlineDraft, photoKeeper)
