/**
 * Working-day arithmetic for 限时办结 deadlines, in Beijing time (UTC+8, no daylight saving).
 *
 * A working day is Monday–Friday, minus {@link WorkingCalendar.holidays}, plus {@link WorkingCalendar.workdays}
 * (调休 Saturdays/Sundays worked in exchange). The State Council publishes the holiday list each November; none is
 * built in, because a wrong list is worse than none: the operator loads the year's list with WORKING_CALENDAR_FILE
 * (read and checked by `working-calendar-file.ts`, held in `config.workingCalendar`). With the default calendar only
 * weekends are skipped.
 */

/** Holidays and make-up workdays, as `YYYY-MM-DD` dates in Beijing time. */
export interface WorkingCalendar {
  holidays: ReadonlySet<string>
  workdays: ReadonlySet<string>
}

/** Mon–Fri only. */
export const WEEKDAYS_ONLY: WorkingCalendar = { holidays: new Set(), workdays: new Set() }

const BEIJING_OFFSET_MS = 8 * 3600_000
const DAY_MS = 24 * 3600_000

/** The Beijing calendar date of an instant, as `YYYY-MM-DD`. */
export function beijingDate(at: Date): string {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10)
}

/** Whether the Beijing calendar day containing `at` is a working day. */
export function isWorkingDay(at: Date, calendar: WorkingCalendar = WEEKDAYS_ONLY): boolean {
  const ymd = beijingDate(at)
  if (calendar.workdays.has(ymd)) return true
  if (calendar.holidays.has(ymd)) return false
  const dow = new Date(at.getTime() + BEIJING_OFFSET_MS).getUTCDay()
  return dow >= 1 && dow <= 5
}

/**
 * The deadline `days` working days after `start`: the end (23:59:59.999 Beijing time) of the `days`-th working day
 * after the day of `start`. Submitting on a weekend or holiday does not count that day. `days` = 0 gives the end of
 * the start day.
 */
export function addWorkingDays(start: Date, days: number, calendar: WorkingCalendar = WEEKDAYS_ONLY): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a non-negative integer, got ${days}`)
  // Midnight (Beijing) of the start day, as a UTC instant.
  const local = new Date(start.getTime() + BEIJING_OFFSET_MS)
  let dayStart = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - BEIJING_OFFSET_MS
  let counted = 0
  while (counted < days) {
    dayStart += DAY_MS
    if (isWorkingDay(new Date(dayStart), calendar)) counted++
  }
  return new Date(dayStart + DAY_MS - 1)
}

/**
 * How many working days lie after the day of `start` up to and including the day of `end`: the inverse of
 * {@link addWorkingDays} (`workingDaysUntil(s, addWorkingDays(s, n, c), c) === n`), for the "N 个工作日" a resident
 * reads next to a deadline. 0 when `end` is on or before the day of `start`.
 */
export function workingDaysUntil(start: Date, end: Date, calendar: WorkingCalendar = WEEKDAYS_ONLY): number {
  const local = new Date(start.getTime() + BEIJING_OFFSET_MS)
  let dayStart = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - BEIJING_OFFSET_MS
  let counted = 0
  // A day counts once it has begun by `end`.
  while (dayStart + DAY_MS <= end.getTime()) {
    dayStart += DAY_MS
    if (isWorkingDay(new Date(dayStart), calendar)) counted++
  }
  return counted
}
