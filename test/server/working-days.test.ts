import { addWorkingDays, beijingDate, isWorkingDay } from '../../server/services/working-days'

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
