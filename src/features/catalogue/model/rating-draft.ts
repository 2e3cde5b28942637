import { idempotencyKey } from '../../../lib/http/idempotency'
import { readStored, STORAGE_KEYS, writeStored } from '../../../lib/storage'

/** A rating not yet confirmed by the server. */
export interface RatingDraft {
  score: number
  comment: string
  /** The Idempotency-Key of this rating, kept so a retry after a reload is still counted once. */
  key: string
}

type Drafts = Record<string, RatingDraft>
/** Drafts kept at most (one per guide). */
const MAX_DRAFTS = 20

function readAll(): Drafts {
  const stored = readStored<unknown>(STORAGE_KEYS.guideRatingDraft)
  return stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Drafts) : {}
}

/** The draft rating of a guide, or an empty one. */
export function readRatingDraft(implCode: string): RatingDraft {
  const draft = readAll()[implCode]
  if (draft && typeof draft.comment === 'string' && typeof draft.score === 'number' && typeof draft.key === 'string') {
    return draft
  }
  return { score: 0, comment: '', key: idempotencyKey() }
}

/** Saves the draft on every change, so nothing typed is lost to a reload or a closed mini-program. */
export function saveRatingDraft(implCode: string, draft: RatingDraft): void {
  const all = readAll()
  delete all[implCode]
  const kept = Object.entries(all).slice(-(MAX_DRAFTS - 1))
  writeStored(STORAGE_KEYS.guideRatingDraft, Object.fromEntries([...kept, [implCode, draft]]))
}

/** Forgets the draft once the server confirmed the rating. */
export function clearRatingDraft(implCode: string): void {
  const all = readAll()
  delete all[implCode]
  writeStored(STORAGE_KEYS.guideRatingDraft, all)
}
