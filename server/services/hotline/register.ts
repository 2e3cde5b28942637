import { registerAuditSubject, registerPersonalData } from '../../platform/registry'
import { registerTimelineProvider } from '../../platform/timeline'
import { messagesRepository } from '../../repositories/messages'
import { ticketsRepository } from '../../repositories/tickets'
import { ticketsTimelineProvider } from './timeline'
// the 工单进度 notification kind and ticket links in 消息
import './notify'

/**
 * Where 12345 plugs into the shared layers (imported once by `server/app.ts`): its tickets in 我的 办事记录, what
 * erasure does to a resident's tickets, follows and messages, and the ticket as an audit subject. (Its photos are
 * the account's uploads; see services/account/register.ts.)
 */
registerTimelineProvider(ticketsTimelineProvider)

registerPersonalData({
  feature: 'hotline',
  tables: [
    // tickets.ts: the department keeps the complaint, not the person (reporter unlinked, phone and address removed)
    { table: 'tickets', column: 'user_id', onErase: 'unlinked' },
    { table: 'ticket_followers', column: 'user_id', onErase: 'deleted' },
    { table: 'messages', column: 'user_id', onErase: 'deleted' },
    { table: 'subscribe_grants', column: 'user_id', onErase: 'deleted' },
    { table: 'notification_opt_outs', column: 'user_id', onErase: 'deleted' },
  ],
  async erase(tx, userId) {
    const tickets = await ticketsRepository(tx).detachErasedReporter(userId)
    const follows = await ticketsRepository(tx).unfollowAll(userId)
    const inbox = await messagesRepository(tx).deleteForUser(userId)
    return { counts: { tickets, follows, ...inbox } }
  },
})

registerAuditSubject({ kind: 'ticket', label: '12345 工单', pattern: /^YZ\d{8}-\d{6}$/, feature: 'hotline' })
