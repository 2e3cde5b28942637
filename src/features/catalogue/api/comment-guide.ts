import { createRequest } from '../../../lib/http/client'
import { RATING_COMMENT_MAX } from './rate-guide'

/** Answer of a comment: its id. */
export interface GuideCommentResult {
  id: string
}

/**
 * POST /api/items/:implCode/comments — feedback on a guide without signing in. It reaches the department but does
 * not move the public score (only signed-in residents' scores count).
 */
export function commentGuide(implCode: string, comment: string): Promise<GuideCommentResult> {
  return createRequest<GuideCommentResult>(`/api/items/${encodeURIComponent(implCode)}/comments`, {
    comment: comment.trim().slice(0, RATING_COMMENT_MAX),
  })
}
