import { createRequest } from '../../../lib/http/client'

/** Body of POST /api/items/:implCode/ratings. */
export interface GuideRatingInput {
  /** 1–5 */
  score: number
  /** Optional, at most 500 characters. */
  comment?: string
}

/** Answer of a rating: the new average. */
export interface GuideRatingResult {
  id: number | string
  averageScore: number
  count: number
}

/** Longest comment the API accepts. */
export const RATING_COMMENT_MAX = 500

/**
 * POST /api/items/:implCode/ratings — "这条指南准确吗？". Sent with an `Idempotency-Key`; pass the same key when
 * retrying the same rating so it is counted once.
 */
export function rateGuide(implCode: string, input: GuideRatingInput, key?: string): Promise<GuideRatingResult> {
  const body: GuideRatingInput = { score: input.score }
  const comment = input.comment?.trim()
  if (comment) body.comment = comment.slice(0, RATING_COMMENT_MAX)
  return createRequest<GuideRatingResult>(`/api/items/${encodeURIComponent(implCode)}/ratings`, body, {
    idempotencyKey: key,
  })
}
