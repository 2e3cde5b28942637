import { registerSubjectRoute } from '../../../lib/subjects'
import { TICKET_PAGE, trackPath } from './routes'

/**
 * 12345's subject kinds: a `ticket` (id = 工单号) opens the resident's own ticket page, or — with a tracking token,
 * for a ticket they follow or one theirs was merged into — the public tracking view, since the owner-only page would
 * answer 404. Imported once by `src/app.tsx`.
 */
registerSubjectRoute('ticket', ({ id, token }) =>
  token ? trackPath(id, token) : `${TICKET_PAGE}?ref=${encodeURIComponent(id)}`,
)
