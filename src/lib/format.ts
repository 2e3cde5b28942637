import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import utc from 'dayjs/plugin/utc'

dayjs.locale('zh-cn')
dayjs.extend(utc)

/** Dates are shown in Beijing time (UTC+8, no daylight saving), whatever the device's time zone. */
const BEIJING_OFFSET_MINUTES = 480

function beijing(value: string | Date) {
  return dayjs(value).utcOffset(BEIJING_OFFSET_MINUTES)
}

/**
 * Masks a mainland mobile number for display: `13812345678` → `138****5678`.
 * Numbers that are already masked by the server (`138****5678`) are returned unchanged; anything that is not an
 * 11-digit number is masked except its last 2 characters, so a surprise format never leaks in full.
 */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return ''
  const digits = phone.replace(/\s+/g, '')
  if (/^\d{3}\*{4}\d{4}$/.test(digits)) return digits
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`
  if (digits.length <= 2) return '*'.repeat(digits.length)
  return `${'*'.repeat(digits.length - 2)}${digits.slice(-2)}`
}

/** A date as residents read it, in Beijing time: `2026年11月27日`. Empty for a missing or invalid date. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return ''
  const d = beijing(value)
  return d.isValid() ? d.format('YYYY年M月D日') : ''
}

/** A date and time: `2026年11月27日 09:30`. Empty for a missing or invalid date. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return ''
  const d = beijing(value)
  return d.isValid() ? d.format('YYYY年M月D日 HH:mm') : ''
}
