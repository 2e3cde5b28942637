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

    /** The ticket this upload is a photo of, as the access policy needs it (undefined when attached to none). */
    async ticketOf(uploadId: string) {
      return db
        .selectFrom('ticket_photos as p')
        .innerJoin('tickets as t', 't.id', 'p.ticket_id')
        .select(['t.department_id', 't.type', 't.user_id', 't.anonymous'])
        .where('p.upload_id', '=', uploadId)
        .executeTakeFirst()
    },

    /** A resident's uploads with the ticket each is a photo of, oldest first (the export). */
    async listForOwner(userId: number) {
      return db
        .selectFrom('uploads as u')
        .leftJoin('ticket_photos as p', 'p.upload_id', 'u.id')
        .leftJoin('tickets as t', 't.id', 'p.ticket_id')
        .select(['u.id', 'u.mime', 'u.bytes', 'u.created_at', 't.ref as ticket_ref'])
        .where('u.owner_user_id', '=', userId)
        .orderBy('u.created_at')
        .orderBy('u.id')
        .execute()
    },

    /**
     * In the erasure transaction: deletes the resident's uploads that are not a ticket's photo, and unlinks the
     * ones that are (the handling department still needs them; they are already stripped of EXIF/GPS). Files are
     * content-addressed and may be shared by several rows, so it returns only the paths no remaining row uses: the
     * caller removes those files after commit (a rollback must not lose a file).
     */
    async releaseOwner(userId: number): Promise<{ deleted: number; orphanPaths: string[] }> {
      const deleted = await db
        .deleteFrom('uploads as u')
        .where('u.owner_user_id', '=', userId)
        .where((eb) =>
          eb.not(
            eb.exists(eb.selectFrom('ticket_photos as p').select('p.upload_id').whereRef('p.upload_id', '=', 'u.id')),
          ),
        )
        .returning(['u.path'])
        .execute()
      await db.updateTable('uploads').set({ owner_user_id: null }).where('owner_user_id', '=', userId).execute()
      const paths = [...new Set(deleted.map((r) => r.path))]
      const stillUsed = paths.length
        ? await db.selectFrom('uploads').select('path').distinct().where('path', 'in', paths).execute()
        : []
      const used = new Set(stillUsed.map((r) => r.path))
      return { deleted: deleted.length, orphanPaths: paths.filter((p) => !used.has(p)) }
    },

    /** Whether any upload row points at a stored file (checked again just before a file is removed). */
    async pathInUse(relativePath: string): Promise<boolean> {
      const row = await db
        .selectFrom('uploads')
        .select('id')
        .where('path', '=', relativePath)
        .limit(1)
        .executeTakeFirst()
      return row !== undefined
    },
  }
}
