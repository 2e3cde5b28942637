/**
 * Badge tones every feature's states file declares beside its states (see `types/hotline-states.ts`), so the server,
 * the 办事记录 timeline and the client's `GovStatusBadge` colour a status the same way. Plain data, no TypeBox.
 * - open: still being handled (blue); warn: needs attention — returned, reopened, waitlisted (amber);
 * - done: finished with an answer or a place (green); muted: folded away, cancelled, withdrawn (grey).
 */
export const STATUS_TONES = ['open', 'warn', 'done', 'muted'] as const
/** One of {@link STATUS_TONES}. */
export type StatusTone = (typeof STATUS_TONES)[number]

/** What a states file hands to a status badge: a label and a tone for every status. */
export interface StatusBadgeStates<S extends string> {
  labels: Record<S, string>
  tones: Record<S, StatusTone>
}
