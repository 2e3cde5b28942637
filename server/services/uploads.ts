import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Kysely } from 'kysely'
import type { UploadResult } from '../../types/hotline'
import type { Database } from '../db/schema'
import { NotFoundError, ValidationError } from '../errors'
import { InvalidImageError, sanitiseImage } from '../lib/image-sanitise'
import { canViewUpload, type Subject, ticketFacts } from '../platform/policy'
import { type UploadRow, uploadsRepository } from '../repositories/uploads'

const EXTENSIONS = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const

/** Photo storage: sanitised files under `uploadDir/<sha256[0..2]>/<sha256>.<ext>`, rows in `uploads`. */
export function uploadsService(deps: { db: Kysely<Database>; uploadDir: string }) {
  const { db, uploadDir } = deps
  return {
    /**
     * Checks the type by content, strips metadata and stores the result. The same picture uploaded twice is one file
     * on disk (content-addressed) but two rows, so each upload has one owner.
     */
    async save(ownerUserId: number, data: Buffer): Promise<UploadResult> {
      let clean: ReturnType<typeof sanitiseImage>
      try {
        clean = sanitiseImage(data)
      } catch (err) {
        if (err instanceof InvalidImageError)
          throw new ValidationError('只能上传 JPG、PNG 或 WebP 格式的照片，这个文件不是有效的图片', {
            file: '只能上传 JPG、PNG 或 WebP 格式的照片',
          })
        throw err
      }
      const sha256 = crypto.createHash('sha256').update(clean.data).digest('hex')
      const relative = path.join(sha256.slice(0, 2), `${sha256}.${EXTENSIONS[clean.mime]}`)
      const absolute = path.join(uploadDir, relative)
      if (!fs.existsSync(absolute)) {
        await fs.promises.mkdir(path.dirname(absolute), { recursive: true })
        // Write then rename: a reader never sees half a file, and two writers of the same content both end well.
        const temp = `${absolute}.${crypto.randomBytes(6).toString('hex')}.tmp`
        await fs.promises.writeFile(temp, clean.data)
        await fs.promises.rename(temp, absolute)
      }
      const row = await uploadsRepository(db).insert({
        id: crypto.randomUUID(),
        owner_user_id: ownerUserId,
        mime: clean.mime,
        bytes: clean.data.length,
        sha256,
        path: relative,
      })
      return { id: row.id, url: `/api/uploads/${row.id}`, bytes: row.bytes, mime: row.mime }
    },

    /**
     * The stored file for a viewer, as the access policy allows (platform/policy.ts: its uploader, or staff who may
     * see the ticket it belongs to). Everyone else gets 404, as if it did not exist.
     */
    async open(id: string, viewer: Subject): Promise<{ row: UploadRow; stream: fs.ReadStream }> {
      const repo = uploadsRepository(db)
      const row = /^[0-9a-f-]{36}$/.test(id) ? await repo.find(id) : undefined
      const ticket = row && viewer.kind === 'staff' ? await repo.ticketOf(row.id) : undefined
      const allowed =
        row !== undefined &&
        canViewUpload(viewer, { ownerId: row.owner_user_id, ticket: ticket ? ticketFacts(ticket) : null })
      if (!row || !allowed) throw new NotFoundError('找不到这张照片')
      return { row, stream: fs.createReadStream(path.join(uploadDir, row.path)) }
    },
  }
}
