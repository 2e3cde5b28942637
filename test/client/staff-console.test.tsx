/**
 * The staff console: sections by feature and role (12345 live; 开放日 and 征集 declared as 即将上线; 审计日志 and the
 * department scope for administrators only); the scope narrows the 12345 queue; the audit log filters by subject kind.
 */
import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { AuditLog } from '../../src/features/staff-console/components/audit-log'
import { StaffConsoleNav } from '../../src/features/staff-console/components/staff-console-nav'
import { setStaffScope } from '../../src/features/staff-console/model/scope'
import { StaffQueue } from '../../src/features/staff-tickets/components/staff-queue'
import { staffSession } from '../../src/lib/auth/session'
import type { StaffSession } from '../../types/staff'
import { fakeApi } from './helpers/fake-api'

function session(role: 'admin' | 'clerk'): StaffSession {
  return {
    token: `tok-staff-${role}`,
    expiresAt: new Date(Date.now() + 3600 * 1000).toISOString(),
    staff: {
      id: 7,
      username: 'li-ming',
      displayName: '李明',
      role,
      department: role === 'clerk' ? { id: 3, code: '3210-CGJ', name: '扬州市城市管理局' } : null,
    },
  }
}

const DEPARTMENTS = {
  items: [
    { id: 3, code: '3210-CGJ', name: '扬州市城市管理局', shortName: '市城管局' },
    { id: 5, code: '3210-RSJ', name: '扬州市人力资源和社会保障局', shortName: '市人社局' },
  ],
}

function server() {
  return fakeApi((req) => {
    if (req.url === '/api/departments') return { status: 200, body: DEPARTMENTS }
    if (req.url === '/api/hotline/categories') return { status: 200, body: { groups: [] } }
    if (req.url === '/api/staff/tickets') return { status: 200, body: { items: [], total: 0, page: 1, pageSize: 20 } }
    if (req.url === '/api/staff/audit')
      return {
        status: 200,
        body: {
          items: [
            {
              id: '9',
              at: '2026-12-01T02:00:00.000Z',
              actor: { type: 'staff', id: 7, name: '李明', department: '扬州市城市管理局' },
              action: 'ticket.accept',
              target: 'YZ20261201-000001',
              detail: {},
            },
          ],
          total: 1,
          page: 1,
          pageSize: 20,
        },
      }
    return { status: 404, body: { code: 'NOT_FOUND', message: '' } }
  })
}

async function show(ui: React.ReactElement) {
  render(ui)
  await act(async () => {})
}

beforeEach(() => {
  localStorage.clear()
  setStaffScope(null)
})

test('a clerk sees 12345 and the declared sections as 即将上线, no audit log and no scope', async () => {
  staffSession.set(session('clerk'))
  server()
  const navigate = jest.spyOn(Taro, 'navigateTo')
  await show(<StaffConsoleNav />)
  fireEvent.click(screen.getByRole('button', { name: /12345 工单队列/ }))
  expect(navigate).toHaveBeenLastCalledWith({ url: '/packages/staff/pages/queue/index' })
  expect(screen.getByText('开放日报名').closest('.gov-cell, div')?.textContent).toContain('即将上线')
  expect(screen.getAllByText('即将上线')).toHaveLength(2)
  expect(screen.queryByRole('button', { name: /开放日报名/ })).toBeNull()
  expect(screen.queryByText('审计日志')).toBeNull()
  expect(screen.queryByLabelText('部门范围')).toBeNull()
})

test('an admin also gets 审计日志 and the department scope, which narrows the 12345 queue', async () => {
  staffSession.set(session('admin'))
  const { sent } = server()
  const navigate = jest.spyOn(Taro, 'navigateTo')
  await show(<StaffConsoleNav />)
  fireEvent.click(screen.getByRole('button', { name: /审计日志/ }))
  expect(navigate).toHaveBeenLastCalledWith({ url: '/packages/staff/pages/audit/index' })
  await act(async () => {
    fireEvent.change(screen.getByLabelText('部门范围'), { target: { value: '5' } })
  })
  expect(localStorage.getItem('gov.staff-scope.v1')).toBe('5')

  // The queue page reads the scope (useStaffScope) and hands it to the queue.
  await show(<StaffQueue departmentId={5} />)
  const queued = sent.filter((r) => r.url === '/api/staff/tickets')
  expect(queued.at(-1)?.params).toMatchObject({ departmentId: 5 })
})

test('the audit log filters by subject kind', async () => {
  staffSession.set(session('admin'))
  const { sent } = server()
  await show(<AuditLog />)
  expect(screen.getByRole('cell', { name: 'ticket.accept' })).toBeTruthy()
  expect(screen.getByRole('cell', { name: '扬州市城市管理局 李明' })).toBeTruthy()
  await act(async () => {
    fireEvent.change(screen.getByLabelText('对象类型'), { target: { value: 'staff' } })
  })
  const asked = sent.filter((r) => r.url === '/api/staff/audit')
  expect(asked[0].params).toEqual({ page: 1, pageSize: 20 })
  expect(asked.at(-1)?.params).toEqual({ page: 1, pageSize: 20, subjectKind: 'staff' })
})
