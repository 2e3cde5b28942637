import { registerAuditSubject, registerPersonalData } from '../../platform/registry'
import { idempotencyRepository } from '../../repositories/idempotency'
import { uploadsRepository } from '../../repositories/uploads'

/**
 * The account's personal data beyond the users row itself (erased first by my-data.ts, which also locks it):
 * idempotency records (their stored answers are copies of what the resident created) and uploads that are no
 * ticket's photo (a photo stays with the unlinked ticket, without its owner).
 */
registerPersonalData({
  feature: 'account',
  tables: [
    { table: 'idempotency_keys', column: 'user_id', onErase: 'deleted' },
    { table: 'uploads', column: 'owner_user_id', onErase: 'deleted' },
  ],
  async erase(tx, userId) {
    await idempotencyRepository(tx).deleteForUser(userId)
    const uploads = await uploadsRepository(tx).releaseOwner(userId)
    return { counts: { uploads: uploads.deleted }, files: uploads.orphanPaths }
  },
})

registerAuditSubject({ kind: 'user', label: '居民账户', pattern: /^user:\d+$/, feature: 'account' })
