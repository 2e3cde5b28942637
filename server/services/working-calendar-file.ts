import fs from 'node:fs'
import path from 'node:path'
import { WEEKDAYS_ONLY, type WorkingCalendar } from './working-days'

/** The working calendar the server counts 限时办结 deadlines with, and where it came from (for the start banner). */
export interface LoadedWorkingCalendar extends WorkingCalendar {
  /** Absolute path of WORKING_CALENDAR_FILE, or null when unset (weekends only). */
  file: string | null
  /** The notice the dates come from, as the file's `source` says. */
  source: string | null
  /** Years that have at least one date in the file, ascending. */
  years: number[]
}

/** No file: Monday–Friday are working days, nothing else. */
export const WEEKENDS_ONLY_CALENDAR: LoadedWorkingCalendar = { ...WEEKDAYS_ONLY, file: null, source: null, years: [] }

const NAME = 'WORKING_CALENDAR_FILE'
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/

/** Whether `ymd` is a real calendar date written `YYYY-MM-DD` (so 2026-02-30 is not). */
function isDate(ymd: string): boolean {
  const m = YMD.exec(ymd)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.toISOString().slice(0, 10) === ymd
}

const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/**
 * Reads and checks WORKING_CALENDAR_FILE: `{ "source": "<notice>", "holidays": ["YYYY-MM-DD"…], "workdays": […] }`
 * (other keys such as "note" are ignored). Returns the calendar, or every problem found, Chinese / English, for
 * {@link ConfigError} — a half-read list would put deadlines on holidays without anyone noticing.
 * `workdays` are 调休 weekend days worked, so a Monday–Friday date there is refused as a likely typo.
 */
export function readWorkingCalendarFile(
  label: string,
): { calendar: LoadedWorkingCalendar; problems: [] } | { calendar: null; problems: string[] } {
  const file = path.resolve(label)
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error'
    return {
      calendar: null,
      problems: [`${NAME} 无法读取：“${label}”（${code}）/ ${NAME} cannot be read: ${label} (${code})`],
    }
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    return {
      calendar: null,
      problems: [
        `${NAME} 不是有效的 JSON：“${label}”（${(err as Error).message}）/ ${NAME} is not valid JSON: ${label}`,
      ],
    }
  }
  const shape = `应为 { "source": "通知名称", "holidays": ["YYYY-MM-DD"], "workdays": ["YYYY-MM-DD"] }`
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return {
      calendar: null,
      problems: [`${NAME} ${shape} / ${NAME} must be an object with source, holidays and workdays`],
    }
  const obj = data as Record<string, unknown>
  const problems: string[] = []
  const source = typeof obj.source === 'string' ? obj.source.trim() : ''
  if (!source)
    problems.push(
      `${NAME} 缺少 source（放假安排通知的名称和文号）/ ${NAME} needs "source": the notice the dates come from`,
    )
  const list = (key: 'holidays' | 'workdays'): Set<string> => {
    const raw = obj[key]
    if (!Array.isArray(raw)) {
      problems.push(`${NAME} 的 ${key} 应为日期数组，${shape} / ${NAME}: "${key}" must be an array of dates`)
      return new Set()
    }
    const bad = raw.filter((v) => typeof v !== 'string' || !isDate(v))
    if (bad.length > 0)
      problems.push(
        `${NAME} 的 ${key} 中有无效日期 ${bad.map((v) => JSON.stringify(v)).join('、')}（应为 YYYY-MM-DD）/ ` +
          `${NAME}: "${key}" has invalid dates ${bad.map((v) => JSON.stringify(v)).join(', ')} (YYYY-MM-DD)`,
      )
    return new Set(raw.filter((v): v is string => typeof v === 'string' && isDate(v)))
  }
  const holidays = list('holidays')
  const workdays = list('workdays')
  const both = [...workdays].filter((d) => holidays.has(d)).sort()
  if (both.length > 0)
    problems.push(
      `${NAME} 中 ${both.join('、')} 同时列在 holidays 和 workdays / ${NAME}: ${both.join(', ')} in both holidays and workdays`,
    )
  const weekdays = [...workdays].filter((d) => {
    const dow = new Date(`${d}T00:00:00Z`).getUTCDay()
    return dow >= 1 && dow <= 5
  })
  if (weekdays.length > 0)
    problems.push(
      `${NAME} 的 workdays 只列调休上班的周末，${weekdays
        .map((d) => `${d} 是${WEEKDAY_NAMES[new Date(`${d}T00:00:00Z`).getUTCDay()]}`)
        .join('、')} / ${NAME}: "workdays" lists weekend days worked; ${weekdays.join(', ')} ` +
        `${weekdays.length === 1 ? 'is a weekday' : 'are weekdays'}`,
    )
  if (problems.length > 0) return { calendar: null, problems }
  const years = [...new Set([...holidays, ...workdays].map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b)
  return { calendar: { holidays, workdays, file, source, years }, problems: [] }
}
