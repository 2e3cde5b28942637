import { registerPersonalData } from '../../platform/registry'
import { catalogueRepository } from '../../repositories/catalogue'

/** The catalogue's personal data: favourites (deleted) and guide ratings (unlinked, still counted). */
registerPersonalData({
  feature: 'catalogue',
  tables: [
    { table: 'favourites', column: 'user_id', onErase: 'deleted' },
    { table: 'item_ratings', column: 'user_id', onErase: 'kept' },
  ],
  async erase(tx, userId) {
    return { counts: await catalogueRepository(tx).eraseUser(userId) }
  },
})
