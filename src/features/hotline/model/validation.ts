import { MOBILE_PATTERN, TICKET_LIMITS } from '../../../../types/hotline-states'
import type { CategoryAttribute } from './contract'
import { type HotlineDraft, usesAccountPhone } from './draft-store'

/** Description length the server accepts. */
export const DESCRIPTION_MIN = TICKET_LIMITS.descriptionMin
export const DESCRIPTION_MAX = TICKET_LIMITS.descriptionMax
/** Title length the server accepts. */
export const TITLE_MIN = TICKET_LIMITS.titleMin
export const TITLE_MAX = TICKET_LIMITS.titleMax
/** Photos per ticket. */
export const MAX_PHOTOS = TICKET_LIMITS.photosMax

const PHONE = new RegExp(MOBILE_PATTERN)

/** Field errors keyed by the request body's field names (`attributes.<code>` for a category question). */
export type FieldErrors = Record<string, string>

/** Error for the title, or undefined. */
export function validateTitle(title: string): string | undefined {
  const n = title.trim().length
  if (n === 0) return '请填写标题'
  if (n < TITLE_MIN) return `标题至少 ${TITLE_MIN} 个字`
  if (n > TITLE_MAX) return `标题不能超过 ${TITLE_MAX} 个字（现在 ${n} 个字）`
  return undefined
}

/** Error for the description (10–1000 characters), or undefined. */
export function validateDescription(text: string): string | undefined {
  const n = text.trim().length
  if (n === 0) return '请描述您反映的问题'
  if (n < DESCRIPTION_MIN) return `请至少写 ${DESCRIPTION_MIN} 个字，说清楚发生了什么`
  if (n > DESCRIPTION_MAX) return `描述不能超过 ${DESCRIPTION_MAX} 个字，现在多了 ${n - DESCRIPTION_MAX} 个字`
  return undefined
}

/** Error for a contact phone (mainland mobile, 1[3-9] + 9 digits), or undefined. */
export function validateContactPhone(phone: string): string | undefined {
  const value = phone.trim()
  if (!value) return '请填写联系电话，方便办理部门联系您'
  if (!PHONE.test(value)) return '请填写 11 位手机号，以 13–19 开头'
  return undefined
}

/** Error when the privacy notice has not been agreed to. */
export function validateConsent(consent: boolean): string | undefined {
  return consent ? undefined : '请阅读并同意《隐私政策》后再提交'
}

/** Error when adding `adding` photos to `current` would pass the limit of 3. */
export function validatePhotoCount(current: number, adding = 1): string | undefined {
  if (current + adding > MAX_PHOTOS) return `最多上传 ${MAX_PHOTOS} 张照片，请先删除一张再添加`
  return undefined
}

/** Error for the answer to one category question, by its Open311 datatype. */
export function validateAttribute(
  attr: CategoryAttribute,
  value: string | number | string[] | undefined,
): string | undefined {
  const empty =
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  if (empty) return attr.required ? `请填写“${attr.description}”` : undefined
  switch (attr.datatype) {
    case 'number':
      return Number.isFinite(typeof value === 'number' ? value : Number(value))
        ? undefined
        : `“${attr.description}”请填写数字`
    case 'datetime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value))
        ? undefined
        : `“${attr.description}”请选择日期和时间`
    case 'singlevaluelist':
      return typeof value === 'string' && (attr.values ?? []).some((v) => v.key === value)
        ? undefined
        : `请从列表中选择“${attr.description}”`
    case 'multivaluelist': {
      const keys = new Set((attr.values ?? []).map((v) => v.key))
      return Array.isArray(value) && value.every((v) => keys.has(v)) ? undefined : `请从列表中选择“${attr.description}”`
    }
    case 'string':
      return String(value).length > 200 ? `“${attr.description}”不能超过 200 个字` : undefined
    default:
      return String(value).length > 1000 ? `“${attr.description}”不能超过 1000 个字` : undefined
  }
}

/** Every problem of the form step at once, so each shows next to its field. */
export function validateTicketForm(
  draft: HotlineDraft,
  now = new Date(),
  accountPhoneMasked: string | null = null,
): FieldErrors {
  const errors: FieldErrors = {}
  const put = (field: string, message: string | undefined) => {
    if (message) errors[field] = message
  }
  put('title', validateTitle(draft.title))
  put('description', validateDescription(draft.description))
  if (!draft.districtCode) errors.districtCode = '请选择所在区县'
  if (draft.occurredAt && Date.parse(`${draft.occurredAt}:00+08:00`) > now.getTime() + 5 * 60_000) {
    errors.occurredAt = '发生时间不能晚于现在'
  }
  if (draft.category?.locationRequired) {
    if (!draft.townCode) errors.townCode = '这类诉求需要选择所在街道（乡镇）'
    if (!draft.address.trim()) errors.address = '这类诉求需要填写详细地址'
  }
  if (draft.address.length > 120) errors.address = '详细地址不能超过 120 个字'
  for (const attr of draft.category?.attributes ?? []) {
    put(`attributes.${attr.code}`, validateAttribute(attr, draft.attributes[attr.code]))
  }
  if (draft.photos.length > MAX_PHOTOS) errors.photoIds = validatePhotoCount(draft.photos.length, 0) ?? ''
  if (!usesAccountPhone(draft, accountPhoneMasked)) put('contactPhone', validateContactPhone(draft.contactPhone))
  put('privacyConsent', validateConsent(draft.privacyConsent))
  return errors
}

/**
 * The server's `fields` keyed the way the form keys its errors: JSON-pointer style `/attributes/size` becomes
 * `attributes.size`, `photoIds/3` becomes `photoIds`.
 */
export function serverFieldErrors(fields: Record<string, string>): FieldErrors {
  const out: FieldErrors = {}
  for (const [raw, message] of Object.entries(fields)) {
    let key = raw.replace(/^\//, '').replace(/\//g, '.')
    if (key.startsWith('photoIds')) key = 'photoIds'
    if (key === 'serviceCode' || key === 'type') key = 'category'
    out[key] = message
  }
  return out
}
