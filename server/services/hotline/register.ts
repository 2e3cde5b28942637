import { registerTimelineProvider } from '../../platform/timeline'
import { ticketsTimelineProvider } from './timeline'

/**
 * Where 12345 plugs into the shared layers (imported once by `server/app.ts`): its tickets in 我的 办事记录.
 */
registerTimelineProvider(ticketsTimelineProvider)
