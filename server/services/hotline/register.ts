import { registerTimelineProvider } from '../../platform/timeline'
import { ticketsTimelineProvider } from './timeline'
// the 工单进度 notification kind and ticket links in 消息
import './notify'

/**
 * Where 12345 plugs into the shared layers (imported once by `server/app.ts`): its tickets in 我的 办事记录.
 */
registerTimelineProvider(ticketsTimelineProvider)
