import type { Ticket } from '../../types/hotline'
import { type FakeSmsGateway, startFakeSmsGateway } from './helpers/fake-sms-gateway'
import { type FakeWechat, startFakeWechat } from './helpers/fake-wechat'
import { staffAct, streetlightDraft, submit } from './helpers/hotline'
import { bearer, buildTestApp, randomPhone, type TestApp } from './helpers/test-app'

const TEMPLATE = 'tmpl-ticket-status-0001'
let t: TestApp
let wechat: FakeWechat
let sms: FakeSmsGateway
let staffToken: string

beforeAll(async () => {
  wechat = await startFakeWechat()
  sms = await startFakeSmsGateway()
  t = await buildTestApp({
    env: {
      WECHAT_APPID: wechat.appId,
      WECHAT_SECRET: wechat.secret,
      WECHAT_API_BASE: wechat.baseUrl,
      WECHAT_SUBSCRIBE_TEMPLATE_ID: TEMPLATE,
      SMS_PROVIDER: 'http',
      SMS_API_BASE: sms.baseUrl,
      SMS_API_KEY: sms.apiKey,
    },
  })
  const clerk = await t.createStaff({ department: '3210-CGJ' })
  staffToken = (await t.loginStaff(clerk.username, clerk.password)).token
})
afterAll(async () => {
  await t.close()
  await wechat.close()
  await sms.close()
})

async function h5Resident() {
  const phone = randomPhone()
  await t.app.inject({ method: 'POST', url: '/api/auth/sms/send', payload: { phone } })
  const code = sms.lastCodeFor(phone)
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/sms/login', payload: { phone, code } })
  return { token: res.json().token as string, phone }
}

async function weappResident(code: string) {
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code } })
  return { token: res.json().token as string, openid: `o-${code}` }
}

const rate = (token: string, ref: string, payload: object) =>
  t.app.inject({ method: 'POST', url: `/api/hotline/tickets/${ref}/rating`, headers: bearer(token), payload })

/** WeChat messages sent to one resident, by the status they announced. */
const wechatTo = (openid: string) =>
  wechat.subscribeCalls
    .filter((c) => c.body.touser === openid)
    .map((c) => (c.body.data as { phrase2: { value: string } }).phrase2.value)

test('weapp resident’s one grant is kept for the reply, not spent on 已受理; in-app on every change', async () => {
  const me = await weappResident('notify-1')
  const ticket = (await submit(t, me.token, streetlightDraft({ subscribeTemplateIds: [TEMPLATE] }))).json<Ticket>()
  await staffAct(t, staffToken, ticket.ref, 'accept')
  await t.app.notifier.drain()
  expect(wechatTo(me.openid)).toEqual([])
  await staffAct(t, staffToken, ticket.ref, 'reply', { body: '路灯已修复。' })
  await t.app.notifier.drain()
  expect(wechatTo(me.openid)).toEqual(['已答复'])
  const call = wechat.subscribeCalls.find((c) => c.body.touser === me.openid)!
  expect(call.accessToken).toBe('token-1')
  expect(call.body).toMatchObject({
    template_id: TEMPLATE,
    page: expect.stringContaining(`ref=${ticket.ref}`),
    data: { character_string1: { value: ticket.ref }, phrase2: { value: '已答复' } },
  })
  // 已办结 after the reply is in-app only, even with a grant to spare.
  const granted = await t.app.inject({
    method: 'POST',
    url: `/api/hotline/tickets/${ticket.ref}/subscriptions`,
    headers: bearer(me.token),
    payload: { templateIds: [TEMPLATE] },
  })
  expect(granted.statusCode).toBe(204)
  await staffAct(t, staffToken, ticket.ref, 'close', {})
  await t.app.notifier.drain()
  expect(wechatTo(me.openid)).toEqual(['已答复'])
  expect(wechat.tokensIssued).toBe(1)
  const msgs = (await t.app.inject({ url: '/api/me/messages', headers: bearer(me.token) })).json()
  expect(msgs.items.map((m: { title: string }) => m.title)).toEqual([
    '工单已办结',
    '工单已答复',
    '工单已受理',
    '工单已提交',
  ])
  expect(sms.messages.filter((m) => m.template === 'ticket_status')).toHaveLength(0)
  const read = await t.app.inject({
    method: 'POST',
    url: `/api/me/messages/${msgs.items[0].id}/read`,
    headers: bearer(me.token),
  })
  expect(read.statusCode).toBe(204)
  expect((await t.app.inject({ url: '/api/me/messages', headers: bearer(me.token) })).json().unread).toBe(3)
})

test('已退回 does not spend the grant; 已合并 does (the ticket ends there)', async () => {
  const me = await weappResident('notify-3')
  const returned = (await submit(t, me.token, streetlightDraft({ subscribeTemplateIds: [TEMPLATE] }))).json<Ticket>()
  await staffAct(t, staffToken, returned.ref, 'return', { reason: '不属于城管职责，请重新派单' })
  await t.app.notifier.drain()
  expect(wechatTo(me.openid)).toEqual([])
  const other = await weappResident('notify-4')
  const target = (await submit(t, other.token, streetlightDraft())).json<Ticket>()
  const dup = (await submit(t, me.token, streetlightDraft({ subscribeTemplateIds: [TEMPLATE] }))).json<Ticket>()
  const merged = await staffAct(t, staffToken, dup.ref, 'merge', { intoRef: target.ref })
  expect(merged.statusCode).toBe(200)
  await t.app.notifier.drain()
  expect(wechatTo(me.openid)).toEqual(['已合并'])
  const msgs = (await t.app.inject({ url: '/api/me/messages', headers: bearer(me.token) })).json()
  expect(msgs.items.map((m: { title: string }) => m.title)).toEqual([
    '工单已合并',
    '工单已提交',
    '工单已退回',
    '工单已提交',
  ])
})

test('an expired access_token is refreshed once; a refusal (43101) is recorded as failed', async () => {
  const me = await weappResident('notify-2')
  const ticket = (
    await submit(t, me.token, streetlightDraft({ subscribeTemplateIds: [TEMPLATE, TEMPLATE] }))
  ).json<Ticket>()
  await staffAct(t, staffToken, ticket.ref, 'accept')
  wechat.failSubscribe(42001)
  await staffAct(t, staffToken, ticket.ref, 'reply', { body: '已安排维修。' })
  await t.app.notifier.drain()
  expect(wechat.subscribeCalls.at(-1)).toMatchObject({ accessToken: 'token-2' })
  // Not fixed: the resident reopens (in-app only), the department answers again with the second grant.
  const reopened = await rate(me.token, ticket.ref, { level: '不满意', reopenReason: '路灯修好两天又不亮了' })
  expect(reopened.json<Ticket>().status).toBe('reopened')
  wechat.failSubscribe(43101)
  const reply = await staffAct(t, staffToken, ticket.ref, 'reply', { body: '已更换整段线路。' })
  expect(reply.statusCode).toBe(200)
  await t.app.notifier.drain()
  const deliveries = await t.app.db
    .selectFrom('notification_deliveries as n')
    .innerJoin('messages as m', 'm.id', 'n.message_id')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['n.channel', 'n.status', 'n.last_error'])
    .where('u.wechat_openid', '=', me.openid)
    .orderBy('n.id')
    .execute()
  expect(deliveries).toEqual([
    { channel: 'wechat', status: 'sent', last_error: null },
    { channel: 'wechat', status: 'failed', last_error: expect.stringContaining('43101') },
  ])
})

test('H5 resident gets an SMS on each status change; a failing gateway does not fail the request', async () => {
  const me = await h5Resident()
  const ticket = (await submit(t, me.token, streetlightDraft({ contactPhone: me.phone }))).json<Ticket>()
  await staffAct(t, staffToken, ticket.ref, 'accept')
  await t.app.notifier.drain()
  const notices = () => sms.messages.filter((m) => m.template === 'ticket_status' && m.phone === me.phone)
  expect(notices()).toEqual([
    expect.objectContaining({
      phone: me.phone,
      params: { ref: ticket.ref, status: '已受理' },
      authorization: `Bearer ${sms.apiKey}`,
    }),
  ])
  sms.failNext(1)
  const reply = await staffAct(t, staffToken, ticket.ref, 'reply', { body: '路灯已修复。' })
  expect(reply.statusCode).toBe(200)
  expect(reply.json().status).toBe('replied')
  await t.app.notifier.drain()
  expect(notices()).toHaveLength(1)
  const failed = await t.app.db
    .selectFrom('notification_deliveries')
    .select(['status', 'attempts', 'last_error'])
    .where('status', '=', 'failed')
    .where('channel', '=', 'sms')
    .execute()
  expect(failed).toEqual([{ status: 'failed', attempts: 1, last_error: expect.stringContaining('500') }])
  // The in-app message is there regardless.
  const msgs = (await t.app.inject({ url: '/api/me/messages', headers: bearer(me.token) })).json()
  expect(msgs.items[0].title).toBe('工单已答复')
})
