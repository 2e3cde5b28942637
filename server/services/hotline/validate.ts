import type { Kysely } from 'kysely'
import type { TicketDraft } from '../../../types/hotline'
import { ANONYMOUS_ALLOWED, TICKET_LIMITS } from '../../../types/hotline-states'
import type { Database } from '../../db/schema'
import { ValidationError } from '../../errors'
import { divisionsRepository } from '../../repositories/divisions'
import { type CategoryRow, hotlineCategoriesRepository } from '../../repositories/hotline-categories'
import { uploadsRepository } from '../../repositories/uploads'
import type { UserRow } from '../../repositories/users'

/** Checks the Open311 attributes against the category's definition; returns the cleaned values. */
export function checkAttributes(
  category: CategoryRow,
  given: Record<string, unknown>,
  fields: Record<string, string>,
  prefix = 'attributes.',
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const attr of category.attributes) {
    const raw = given[attr.code]
    // Fastify's ajv coerces types ('array' mode) and tries the union's string branch first, so a one-item
    // multivaluelist answer such as ['PILING'] arrives here as 'PILING': make it a list again.
    const value = attr.datatype === 'multivaluelist' && typeof raw === 'string' ? [raw] : raw
    const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
    const key = `${prefix}${attr.code}`
    if (empty) {
      if (attr.required) fields[key] = `请填写${attr.description}`
      continue
    }
    const keys = new Set((attr.values ?? []).map((v) => v.key))
    if (attr.datatype === 'singlevaluelist' && !(typeof value === 'string' && keys.has(value)))
      fields[key] = `${attr.description}的选项不正确`
    else if (
      attr.datatype === 'multivaluelist' &&
      !(Array.isArray(value) && value.every((v) => typeof v === 'string' && keys.has(v)))
    )
      fields[key] = `${attr.description}的选项不正确`
    else if (attr.datatype === 'number' && !Number.isFinite(Number(value))) fields[key] = `${attr.description}应为数字`
    else if (attr.datatype === 'datetime' && Number.isNaN(Date.parse(String(value))))
      fields[key] = `${attr.description}的时间格式不正确`
    else if (typeof value === 'string' && value.length > 500) fields[key] = `${attr.description}最多 500 个字符`
    else out[attr.code] = attr.datatype === 'number' ? Number(value) : value
  }
  return out
}

/** Checks a district (county-level under 扬州市) and an optional town inside it. */
async function checkPlace(
  db: Kysely<Database>,
  districtCode: string,
  townCode: string | undefined,
  fields: Record<string, string>,
) {
  const rows = await divisionsRepository(db).findMany([districtCode, ...(townCode ? [townCode] : [])])
  const district = rows.find((r) => r.code === districtCode)
  if (district?.level !== 'county') fields.districtCode = '请选择扬州市的区（县、市）'
  if (townCode) {
    const town = rows.find((r) => r.code === townCode)
    if (!town || town.parent_code !== districtCode) fields.townCode = '所选街道（乡镇）不在该区（县、市）内'
  }
}

/** A resident's draft, checked: the category, the cleaned attributes and the contact phone to keep. */
export interface CheckedDraft {
  category: CategoryRow
  attributes: Record<string, unknown>
  contactPhone: string
}

/**
 * Checks a resident's draft against the category, the divisions and the resident's own uploads; writes nothing.
 * Throws one ValidationError naming every field that is wrong.
 */
export async function checkDraft(db: Kysely<Database>, user: UserRow, draft: TicketDraft): Promise<CheckedDraft> {
  const fields: Record<string, string> = {}
  if (draft.privacyConsent !== true) fields.privacyConsent = '请阅读并同意隐私说明'
  if (draft.photoIds.length > TICKET_LIMITS.photosMax) fields.photoIds = `最多上传 ${TICKET_LIMITS.photosMax} 张照片`
  else if (new Set(draft.photoIds).size !== draft.photoIds.length) fields.photoIds = '同一张照片不能重复添加'
  const category = await hotlineCategoriesRepository(db).find(draft.serviceCode)
  if (!category) fields.serviceCode = '请选择有效的诉求分类'
  let attributes: Record<string, unknown> = {}
  if (category) {
    if (!category.types.includes(draft.type))
      fields.type = `“${category.name}”可选的诉求类型为：${category.types.join('、')}`
    if (category.location_required) {
      if (!draft.townCode) fields.townCode = '这类诉求需要选择所在街道（乡镇）'
      if (!draft.address?.trim()) fields.address = '这类诉求需要填写详细地址'
    }
    attributes = checkAttributes(category, draft.attributes, fields)
  }
  // The account phone is never sent to the client in full (GET /api/me masks it), so the draft can ask for it.
  const contactPhone = draft.useAccountPhone ? user.phone : (draft.contactPhone ?? null)
  if (!contactPhone) fields.contactPhone = '请填写联系电话'
  if (draft.anonymous && !ANONYMOUS_ALLOWED[draft.type]) fields.anonymous = `${draft.type}需要留下联系方式，不能匿名`
  await checkPlace(db, draft.districtCode, draft.townCode, fields)
  if (!fields.photoIds && draft.photoIds.length > 0) {
    const usable = await uploadsRepository(db).findUsableByOwner(user.id, draft.photoIds)
    if (usable.length !== draft.photoIds.length)
      fields.photoIds = '有照片不存在、不是您上传的或已用于其他工单，请重新上传'
  }
  if (Object.keys(fields).length > 0) throw new ValidationError(Object.values(fields)[0]!, fields)
  return { category: category!, attributes, contactPhone: contactPhone! }
}
