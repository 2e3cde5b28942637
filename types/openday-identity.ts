/**
 * Identity numbers of 政府开放日 visitors: normalising, checking and masking, as pure functions with no imports, so
 * the register form (next to the field) and the server (before anything is stored) apply the same rules.
 */
import type { IdType } from './openday-states'

/** GB 11643 weights of the first 17 digits. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
/** GB 11643 check characters, indexed by (weighted sum mod 11). */
const CHECK_CHARS = '10X98765432'

/** Uppercase, without spaces and hyphens (what people paste from a scan or type with separators). */
export function normaliseIdNumber(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase()
}

/** The GB 11643 check character of the first 17 digits of an 18-character number. */
export function gb11643CheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!
  return CHECK_CHARS[sum % 11]!
}

/** Whether `yyyymmdd` is a real calendar date not in the future and not before 1900. */
function plausibleBirthDate(yyyymmdd: string, today = new Date()): boolean {
  const y = Number(yyyymmdd.slice(0, 4))
  const m = Number(yyyymmdd.slice(4, 6))
  const d = Number(yyyymmdd.slice(6, 8))
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false
  return y >= 1900 && date.getTime() <= today.getTime()
}

/** Why a number is not valid, in Chinese (for the field), or null when it is. `number` must be normalised. */
export function idNumberProblem(type: IdType, number: string): string | null {
  if (number.length === 0) return '请填写证件号码'
  switch (type) {
    case 'resident_id':
    case 'hmt_residence': {
      if (!/^\d{17}[\dX]$/.test(number)) return '证件号码应为 18 位，最后一位可以是数字或 X'
      if (type === 'hmt_residence' && !/^8[123]0000/.test(number))
        return '港澳台居民居住证号码以 810000、820000 或 830000 开头'
      if (type === 'resident_id' && /^8[123]0000/.test(number))
        return '这是港澳台居民居住证号码，请把证件类型改为“港澳台居民居住证”'
      if (!plausibleBirthDate(number.slice(6, 14))) return '证件号码中的出生日期不正确，请核对'
      if (gb11643CheckChar(number.slice(0, 17)) !== number[17]) return '证件号码校验位不正确，请核对是否有输错的数字'
      return null
    }
    case 'hmt_permit':
      // 港澳居民来往内地通行证 H/M + 8 digits (+ 2-digit issue count); 台湾居民来往大陆通行证 8 digits.
      if (/^[HM]\d{8}(\d{2})?$/.test(number) || /^\d{8}$/.test(number)) return null
      return '通行证号码格式不正确：港澳为 H 或 M 加 8 位数字，台湾为 8 位数字'
    case 'passport':
      if (/^[A-Z0-9]{5,17}$/.test(number)) return null
      return '护照号码应为 5–17 位字母或数字'
  }
}

/** `3210**********1234` for an 18-character number; others keep the first 2 and last 2 characters. */
export function maskIdNumber(number: string): string {
  if (number.length === 18) return `${number.slice(0, 4)}${'*'.repeat(10)}${number.slice(14)}`
  if (number.length <= 4) return '*'.repeat(number.length)
  return `${number.slice(0, 2)}${'*'.repeat(number.length - 4)}${number.slice(-2)}`
}

/**
 * A name for public and staff lists: 张* (two characters), 张*明 (three), 欧**峰 (four); a Latin name keeps its first
 * letter (L***). Used for the 公示名单 and every list that is not the person's own.
 */
export function maskName(name: string): string {
  const chars = [...name.trim()]
  if (chars.length === 0) return ''
  if (/^[\u3400-\u9fff·]+$/.test(name.trim())) {
    if (chars.length === 1) return chars[0]!
    if (chars.length === 2) return `${chars[0]}*`
    return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`
  }
  return `${chars[0]}***`
}
