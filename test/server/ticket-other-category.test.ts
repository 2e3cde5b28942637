import type { CategoryGroups, StaffTicket, Ticket } from '../../types/hotline'
import { staffAct, streetlightDraft, submit } from './helpers/hotline'
import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

const KEY = 'open311-test-key-0123456789'
let t: TestApp
beforeAll(async () => {
  t = await buildTestApp({ env: { OPEN311_API_KEYS: KEY } })
})
afterAll(() => t.close())

/** A matter that fits no category: a neighbour's 无人机 flying low over the courtyard every evening. */
const droneDraft = (type: Ticket['type']) =>
  streetlightDraft({
    type,
    serviceCode: 'OTHER_GENERAL',
    title: '小区上空傍晚常有无人机低飞',
    description: '最近半个月每天傍晚都有无人机在我们小区楼顶低空盘旋，不知道归哪个部门管，能否查一下是否合规。',
    townCode: undefined,
    address: undefined,
    attributes: {},
  })

test('a matter that fits no category goes to “其他”: every type, no place needed, routed to the 12345 dispatcher', async () => {
  const groups = (await t.app.inject('/api/hotline/categories')).json<CategoryGroups>().groups
  // Found by the picker's search for 其他 (what the empty search state tells residents to choose).
  const found = groups.flatMap((g) => g.categories).filter((c) => `${c.name}${c.keywords.join('')}`.includes('其他'))
  expect(found).toEqual([
    expect.objectContaining({
      serviceCode: 'OTHER_GENERAL',
      group: '其他',
      department: { id: expect.any(Number), name: '扬州市12345政府服务热线' },
      deadlineDays: 10,
      consultDays: 3,
      locationRequired: false,
      types: ['咨询', '求助', '投诉', '举报', '建议'],
      attributes: [],
    }),
  ])
  expect(groups.at(-1)?.name).toBe('其他')

  const me = await t.loginResident()
  for (const type of ['咨询', '求助', '投诉', '举报', '建议'] as const) {
    const res = await submit(t, me.token, droneDraft(type))
    expect(res.statusCode).toBe(201)
    expect(res.json<Ticket>()).toMatchObject({
      category: { serviceCode: 'OTHER_GENERAL', name: '其他诉求', group: '其他' },
      department: { name: '扬州市12345政府服务热线' },
      dueWorkingDays: type === '咨询' ? 3 : 10,
    })
  }

  // The dispatcher finds it in the queue and hands it to the department that turns out to be responsible.
  const ticket = (await submit(t, me.token, droneDraft('投诉'))).json<Ticket>()
  const dispatcher = await t.createStaff({ department: '3210-12345' })
  const token = (await t.loginStaff(dispatcher.username, dispatcher.password)).token
  const queue = await t.app.inject({ url: '/api/staff/tickets?serviceCode=OTHER_GENERAL', headers: bearer(token) })
  expect(queue.json().items.map((i: { ref: string }) => i.ref)).toContain(ticket.ref)
  const cgj = await t.app.db
    .selectFrom('departments')
    .select('id')
    .where('code', '=', '3210-CGJ')
    .executeTakeFirstOrThrow()
  const assigned = await staffAct(t, token, ticket.ref, 'assign', { departmentId: cgj.id })
  expect(assigned.json<StaffTicket>()).toMatchObject({ status: 'assigned', department: { name: '扬州市城市管理局' } })
})

test('Open311 lists “其他” as a valid service without attributes, and accepts a request for it', async () => {
  const services = (await t.app.inject('/open311/v2/services.json')).json()
  expect(services).toContainEqual({
    service_code: 'OTHER_GENERAL',
    service_name: '其他诉求',
    description: expect.stringContaining('12345'),
    metadata: false,
    type: 'realtime',
    keywords: expect.stringContaining('其他'),
    group: '其他',
  })
  for (const s of services) expect(s.service_code).toMatch(/^[A-Z][A-Z0-9_]{1,63}$/)
  const def = await t.app.inject('/open311/v2/services/OTHER_GENERAL.json')
  expect(def.json()).toEqual({ service_code: 'OTHER_GENERAL', attributes: [] })

  const created = await t.app.inject({
    method: 'POST',
    url: '/open311/v2/requests.json',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({
      api_key: KEY,
      service_code: 'OTHER_GENERAL',
      address_string: '广陵区东关街',
      description: '东关街夜间有人放飞孔明灯，担心引发火灾，不知道该找哪个部门。',
    }).toString(),
  })
  expect(created.statusCode).toBe(201)
})
