/** Deadlines read plainly: 剩余 N 天 / 小时, and overdue written out (已超期), plus the emergency screen. */
import { render, screen } from '@testing-library/react'
import { EmergencyStep } from '../../src/features/hotline/components/emergency-step'
import { timelineItems } from '../../src/features/hotline/components/ticket-timeline'
import { describeDeadline } from '../../src/features/hotline/model/deadline'

const NOW = new Date('2026-11-27T02:00:00.000Z') // Friday 10:00 in 扬州

describe('deadline countdown', () => {
  test('days and hours left, with the date', () => {
    expect(describeDeadline('2026-12-04T10:00:00.000Z', NOW)).toEqual({
      text: '剩余 8 天',
      overdue: false,
      dateText: '2026年12月4日前',
    })
    expect(describeDeadline('2026-11-27T07:00:00.000Z', NOW)?.text).toBe('剩余 5 小时')
  })

  test('overdue is said in words, in days or hours', () => {
    expect(describeDeadline('2026-11-25T01:00:00.000Z', NOW)).toEqual({
      text: '已超期 2 天',
      overdue: true,
      dateText: '2026年11月25日前',
    })
    expect(describeDeadline('2026-11-26T23:30:00.000Z', NOW)?.text).toBe('已超期 3 小时')
  })

  test('the server’s overdue flag wins (it knows about working days)', () => {
    expect(describeDeadline('2026-11-28T02:00:00.000Z', NOW, true)?.overdue).toBe(true)
  })

  test('no deadline, no line', () => {
    expect(describeDeadline(null, NOW)).toBeNull()
  })
})

describe('timeline', () => {
  test('history first, then the steps still to come; returned is marked', () => {
    const items = timelineItems({
      status: 'returned',
      timeline: [
        { at: '2026-11-27T02:00:00.000Z', status: 'submitted', label: '已提交', by: 'resident' },
        { at: '2026-11-27T03:00:00.000Z', status: 'returned', label: '已退回', note: '不属于本部门职责', by: 'staff' },
      ],
    })
    expect(items.map((i) => [i.title, i.state])).toEqual([
      ['已提交', 'done'],
      ['已退回', 'alert'],
      ['已受理', 'todo'],
      ['已转办', 'todo'],
      ['已答复', 'todo'],
      ['已办结', 'todo'],
    ])
  })
})

describe('emergency screen', () => {
  test('110, 119, 120 and 122 are tap-to-call, and 信访/诉讼/仲裁 are pointed elsewhere', () => {
    const onContinue = jest.fn()
    render(<EmergencyStep onContinue={onContinue} />)
    for (const n of ['110', '119', '120', '122']) {
      const link = screen.getByRole('link', { name: new RegExp(n) })
      expect(link.getAttribute('href')).toBe(`tel:${n}`)
    }
    expect(screen.getByText('信访')).toBeTruthy()
    expect(screen.getByText('诉讼')).toBeTruthy()
    expect(screen.getByText('仲裁')).toBeTruthy()
    screen.getByRole('button', { name: '不属于紧急情况，继续' }).click()
    expect(onContinue).toHaveBeenCalled()
  })
})
