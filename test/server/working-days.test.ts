import path from 'node:path'
import { readWorkingCalendarFile } from '../../server/services/working-calendar-file'
import { addWorkingDays, beijingDate, isWorkingDay, workingDaysUntil } from '../../server/services/working-days'

// 2026-11-27 is a Friday. Times are Beijing (+08:00).
const at = (iso: string) => new Date(iso)

test('weekdays count, weekends do not; the deadline is the end of the Nth working day', () => {
  expect(addWorkingDays(at('2026-11-24T10:00:00+08:00'), 1).toISOString()).toBe('2026-11-25T15:59:59.999Z')
  // Friday + 1 → Monday; Friday + 5 → next Friday.
  expect(beijingDate(addWorkingDays(at('2026-11-27T10:00:00+08:00'), 1))).toBe('2026-11-30')
  expect(beijingDate(addWorkingDays(at('2026-11-27T10:00:00+08:00'), 5))).toBe('2026-12-04')
  // Submitted on Saturday: Monday is the first working day.
  expect(beijingDate(addWorkingDays(at('2026-11-28T09:00:00+08:00'), 1))).toBe('2026-11-30')
  // 23:30 Friday in Beijing is still Friday although UTC says 15:30.
  expect(beijingDate(addWorkingDays(at('2026-11-27T23:30:00+08:00'), 1))).toBe('2026-11-30')
  // 00:30 Saturday Beijing is Friday in UTC, but Saturday here.
  expect(isWorkingDay(at('2026-11-28T00:30:00+08:00'))).toBe(false)
  expect(beijingDate(addWorkingDays(at('2026-11-24T10:00:00+08:00'), 0))).toBe('2026-11-24')
  expect(() => addWorkingDays(new Date(), -1)).toThrow(RangeError)
})

test('a holiday calendar skips holidays and counts 调休 workdays', () => {
  const calendar = { holidays: new Set(['2026-12-01', '2026-12-02']), workdays: new Set(['2026-12-05']) }
  // Mon 11-30 + 3: Tue/Wed are holidays → Thu 12-03, Fri 12-04, Sat 12-05 (调休).
  expect(beijingDate(addWorkingDays(at('2026-11-30T10:00:00+08:00'), 3, calendar))).toBe('2026-12-05')
  expect(isWorkingDay(at('2026-12-01T12:00:00+08:00'), calendar)).toBe(false)
  expect(isWorkingDay(at('2026-12-05T12:00:00+08:00'), calendar)).toBe(true)
})

describe('with the 2026 holiday list (server/db/seed/data/working-calendar-2026.json)', () => {
  const read = readWorkingCalendarFile(path.resolve(__dirname, '../../server/db/seed/data/working-calendar-2026.json'))
  const calendar = read.calendar!

  test('the example file loads, names its notice and covers 2026 only', () => {
    expect(read.problems).toEqual([])
    expect(calendar.source).toContain('国务院办公厅关于2026年部分节假日安排的通知')
    expect(calendar.years).toEqual([2026])
    expect(calendar.holidays.size).toBe(33)
    expect(calendar.workdays.size).toBe(6)
  })

  test('a ticket filed the day before 国庆 skips 1–7 October and counts 调休 Saturday 10 October', () => {
    // Wed 30 Sep + 5: Thu 8, Fri 9, Sat 10 (调休), Mon 12, Tue 13 October. Weekends only would say Wed 7 October.
    const filed = at('2026-09-30T10:00:00+08:00')
    expect(beijingDate(addWorkingDays(filed, 5))).toBe('2026-10-07')
    const due = addWorkingDays(filed, 5, calendar)
    expect(due.toISOString()).toBe('2026-10-13T15:59:59.999Z')
    expect(beijingDate(addWorkingDays(filed, 1, calendar))).toBe('2026-10-08')
    expect(beijingDate(addWorkingDays(filed, 3, calendar))).toBe('2026-10-10')
    // The count the confirmation shows is the same 5, not the 9 weekdays between the dates.
    expect(workingDaysUntil(filed, due, calendar)).toBe(5)
    expect(workingDaysUntil(filed, due)).toBe(9)
  })

  test('调休 Sundays and Saturdays are working days; holidays on weekdays are not', () => {
    expect(isWorkingDay(at('2026-09-20T12:00:00+08:00'), calendar)).toBe(true) // 周日 上班
    expect(isWorkingDay(at('2026-02-14T12:00:00+08:00'), calendar)).toBe(true) // 周六 上班
    expect(isWorkingDay(at('2026-01-04T12:00:00+08:00'), calendar)).toBe(true) // 周日 上班
    expect(isWorkingDay(at('2026-02-16T12:00:00+08:00'), calendar)).toBe(false) // 春节 周一
    expect(isWorkingDay(at('2026-10-05T12:00:00+08:00'), calendar)).toBe(false) // 国庆 周一
    // Filed Friday 18 September + 1: Saturday 19 is a weekend, Sunday 20 is worked.
    expect(beijingDate(addWorkingDays(at('2026-09-18T16:00:00+08:00'), 1, calendar))).toBe('2026-09-20')
  })

  test('workingDaysUntil is the inverse of addWorkingDays across the whole year', () => {
    for (let day = 0; day < 365; day += 3) {
      const start = new Date(Date.parse('2026-01-01T09:00:00+08:00') + day * 86_400_000)
      for (const n of [0, 1, 3, 5, 15])
        expect(workingDaysUntil(start, addWorkingDays(start, n, calendar), calendar)).toBe(n)
    }
  })
})
