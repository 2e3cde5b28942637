/**
 * A ticket merged into another: its owner's page says into which one and links to that ticket's public tracking
 * view (the owner follows it); without a tracking token (the public view) it only says so.
 */
import Taro from '@tarojs/taro'
import { fireEvent, render, screen } from '@testing-library/react'
import { TicketView } from '../../src/features/hotline/components/ticket-view'
import type { Ticket } from '../../src/features/hotline/model/contract'

const TRACK = '/packages/hotline/pages/track/index'

/** The owner's view of a ticket merged into YZ20261120-000088. */
function mergedTicket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    ref: 'YZ20261127-000123',
    trackingToken: 'trk-own',
    type: '投诉',
    status: 'merged',
    statusLabel: '已合并',
    category: { serviceCode: 'URBAN_STREETLIGHT', name: '路灯不亮', group: '城市管理' },
    title: '百祥路路灯坏了好几天',
    description: '晚上很黑。',
    occurredAt: null,
    district: { code: '321003', name: '邗江区' },
    town: null,
    address: null,
    location: null,
    attributes: {},
    photos: [],
    anonymous: false,
    contactPhoneMasked: null,
    createdAt: '2026-11-27T02:00:00.000Z',
    acceptDeadline: '2026-11-30T02:00:00.000Z',
    dueAt: '2026-12-18T15:59:59.000Z',
    dueWorkingDays: 15,
    overdue: false,
    department: { id: 3, name: '扬州市城市管理局' },
    timeline: [
      { at: '2026-11-27T02:00:00.000Z', status: 'submitted', label: '已提交', by: 'resident' },
      {
        at: '2026-11-27T03:00:00.000Z',
        status: 'merged',
        label: '已合并',
        by: 'staff',
        note: '已并入工单 YZ20261120-000088',
      },
    ],
    replies: [],
    rating: null,
    canRate: false,
    canReopen: false,
    followers: 0,
    mergedInto: 'YZ20261120-000088',
    mergedIntoTrackingToken: 'trk-target/88',
    ...overrides,
  }
}

test("the owner's merged ticket links to the target's public tracking view", () => {
  const navigate = jest.spyOn(Taro, 'navigateTo')
  render(<TicketView ticket={mergedTicket()} />)
  expect(screen.getByText('该诉求与工单 YZ20261120-000088 是同一件事，已合并办理。')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '查看工单 YZ20261120-000088 的办理进度' }))
  expect(navigate).toHaveBeenLastCalledWith({ url: `${TRACK}?ref=YZ20261120-000088&t=trk-target%2F88` })
})

test('without the target tracking token there is no link, only the note', () => {
  render(<TicketView ticket={mergedTicket({ mergedIntoTrackingToken: undefined })} />)
  expect(screen.getByText('该诉求与工单 YZ20261120-000088 是同一件事，已合并办理。')).toBeTruthy()
  expect(screen.queryByRole('button', { name: /查看工单/ })).toBeNull()
})
