import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../db/schema'
import type { UploadsTable } from '../db/schema-hotline'

/** An upload row. */
export type UploadRow = Selectable<UploadsTable>

/** SQL for `uploads`. */
export function uploadsRepository(db: Kysely<Database>) {
  return {
    /** Records a stored file. */
    async insert(row: Omit<UploadRow, 'created_at'>): Promise<UploadRow> {
      return db.insertInto('uploads').values(row).returningAll().executeTakeFirstOrThrow()
    },

    /** One upload by id. */
    async find(id: string): Promise<UploadRow | undefined> {
      return db.selectFrom('uploads').selectAll().where('id', '=', id).executeTakeFirst()
    },

    /** The uploads among `ids` that belong to `userId` and are not attached to a ticket yet. */
    async findUsableByOwner(userId: number, ids: readonly string[]): Promise<UploadRow[]> {
      if (ids.length === 0) return []
      return db
        .selectFrom('uploads as u')
        .selectAll('u')
        .where('u.id', 'in', ids)
        .where('u.owner_user_id', '=', userId)
        .where((eb) =>
          eb.not(
            eb.exists(eb.selectFrom('ticket_photos as p').select('p.upload_id').whereRef('p.upload_id', '=', 'u.id')),
          ),
        )
        .execute()
    },

    /** The department handling the ticket this upload is a photo of (null when attached to none). */
    async ticketOf(uploadId: string): Promise<{ department_id: number | null } | undefined> {
      return db
        .selectFrom('ticket_photos as p')
        .innerJoin('tickets as t', 't.id', 'p.ticket_id')
        .select(['t.department_id'])
        .where('p.upload_id', '=', uploadId)
        .executeTakeFirst()
    },
  }
}
