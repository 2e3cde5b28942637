import type { Ticket } from '../../types/hotline'
import { streetlightDraft, submit, wageDraft } from './helpers/hotline'
import { buildTestApp, type TestApp } from './helpers/test-app'

const KEY = 'open311-test-key-0123456789'
let t: TestApp
let mine: Ticket
let report: Ticket
beforeAll(async () => {
  t = await buildTestApp({ env: { OPEN311_API_KEYS: `${KEY},another-key-abcdefghijk` } })
  const me = await t.loginResident('13952712345')
  mine = (await submit(t, me.token, streetlightDraft({ location: { lat: 32.394213, lng: 119.412934 } }))).json()
  report = (await submit(t, me.token, wageDraft())).json()
})
afterAll(() => t.close())

const PERSONAL = ['13952712345', '13852798765', '2345', '公交站附近', 'citizen@example.com', '张三', '32.394213']

function noPersonalData(body: string) {
  for (const s of PERSONAL) expect(body).not.toContain(s)
}

test('discovery, services (JSON and XML) and a service definition with its attributes', async () => {
  const discovery = await t.app.inject('/open311/v2/discovery.json')
  expect(discovery.statusCode).toBe(200)
  expect(discovery.json().endpoints[0]).toMatchObject({ specification: 'http://wiki.open311.org/GeoReport_v2' })

  const services = await t.app.inject('/open311/v2/services.json')
  expect(services.json()).toHaveLength(72)
  expect(services.json()).toContainEqual(
    expect.objectContaining({
      service_code: 'URBAN_STREETLIGHT',
      service_name: '路灯不亮',
      metadata: true,
      type: 'realtime',
      group: '城市管理',
    }),
  )
  const xml = await t.app.inject('/open311/v2/services.xml')
  expect(xml.headers['content-type']).toContain('text/xml')
  expect(xml.body).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?><services><service><service_code>/)

  const def = await t.app.inject('/open311/v2/services/URBAN_STREETLIGHT.json')
  expect(def.json()).toMatchObject({
    service_code: 'URBAN_STREETLIGHT',
    attributes: expect.arrayContaining([
      expect.objectContaining({ variable: true, code: 'FAULT', datatype: 'singlevaluelist', required: true, order: 1 }),
    ]),
  })
  expect(def.json().attributes[0].values).toContainEqual({ key: 'OFF', name: expect.any(String) })
  const missing = await t.app.inject('/open311/v2/services/NOPE.json')
  expect(missing.statusCode).toBe(404)
  expect(missing.json()).toEqual([{ code: 404, description: expect.any(String) }])
})

test('GET requests: filters, 90-day default, open/closed, and no personal data anywhere', async () => {
  const all = await t.app.inject('/open311/v2/requests.json')
  expect(all.statusCode).toBe(200)
  const items = all.json() as { service_request_id: string; status: string; requested_datetime: string }[]
  expect(items.map((i) => i.service_request_id)).toEqual(expect.arrayContaining([mine.ref, report.ref]))
  const cutoff = Date.now() - 90 * 86_400_000
  expect(items.every((i) => new Date(i.requested_datetime).getTime() >= cutoff)).toBe(true)
  noPersonalData(all.body)

  const one = await t.app.inject(`/open311/v2/requests/${mine.ref}.json`)
  expect(one.json()).toEqual([
    expect.objectContaining({
      service_request_id: mine.ref,
      status: 'open',
      service_code: 'URBAN_STREETLIGHT',
      agency_responsible: '扬州市城市管理局',
      address: '邗江区蒋王街道',
      lat: 32.394,
      long: 119.413,
    }),
  ])
  noPersonalData(one.body)
  // 举报: not even the title goes out.
  const r = await t.app.inject(`/open311/v2/requests/${report.ref}.json`)
  expect(r.json()[0].description).toBe('拖欠工资')
  expect(r.body).not.toContain(report.title)

  const byCode = (await t.app.inject('/open311/v2/requests.json?service_code=LABOR_WAGE_ARREARS')).json()
  expect(byCode.every((i: { service_code: string }) => i.service_code === 'LABOR_WAGE_ARREARS')).toBe(true)
  const byIds = (await t.app.inject(`/open311/v2/requests.json?service_request_id=${mine.ref},${report.ref}`)).json()
  expect(byIds).toHaveLength(2)
  const closed = (await t.app.inject('/open311/v2/requests.json?status=closed')).json()
  expect(closed.every((i: { status: string }) => i.status === 'closed')).toBe(true)
  expect(closed.map((i: { service_request_id: string }) => i.service_request_id)).not.toContain(mine.ref)
  const old = (
    await t.app.inject('/open311/v2/requests.json?start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00Z')
  ).json()
  expect(old).toEqual([])
  const bad = await t.app.inject('/open311/v2/requests.json?status=whatever')
  expect(bad.statusCode).toBe(400)
  expect(bad.json()).toEqual([{ code: 400, description: expect.stringContaining('status') }])
  expect((await t.app.inject('/open311/v2/requests/YZ00000000-000000.json')).statusCode).toBe(404)
  const xml = await t.app.inject(`/open311/v2/requests/${mine.ref}.xml`)
  expect(xml.body).toContain(`<service_requests><request><service_request_id>${mine.ref}</service_request_id>`)
})

test('POST requests needs an api_key; creates a ticket with source open311; personal fields never echoed', async () => {
  const form = (extra: Record<string, string>) =>
    new URLSearchParams({
      service_code: 'URBAN_STREETLIGHT',
      lat: '32.3912',
      long: '119.4321',
      address_string: '广陵区文昌中路某号',
      description: '文昌中路人行道上有三盏路灯整夜不亮，行人很不方便。',
      email: 'citizen@example.com',
      phone: '13952712345',
      first_name: '三',
      last_name: '张',
      'attribute[FAULT]': 'OFF',
      ...extra,
    }).toString()
  const post = (body: string) =>
    t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: body,
    })

  const noKey = await post(form({}))
  expect(noKey.statusCode).toBe(403)
  expect(noKey.json()).toEqual([{ code: 403, description: expect.stringContaining('api_key') }])
  expect((await post(form({ api_key: 'wrong-key-wrong-key-wrong' }))).statusCode).toBe(403)
  const missingAttr = await post(form({ api_key: KEY, 'attribute[FAULT]': '' }))
  expect(missingAttr.statusCode).toBe(400)
  expect(missingAttr.json()[0].description).toContain('FAULT')
  const badCode = await post(form({ api_key: KEY, service_code: 'NOPE' }))
  expect(badCode.statusCode).toBe(400)

  const created = await post(form({ api_key: KEY }))
  expect(created.statusCode).toBe(201)
  const [answer] = created.json()
  expect(answer.service_request_id).toMatch(/^YZ\d{8}-\d{6}$/)
  noPersonalData(created.body)
  expect(created.body).not.toContain('citizen@example.com')
  const row = await t.app.db
    .selectFrom('tickets')
    .select(['source', 'district_code', 'user_id', 'contact_phone', 'status'])
    .where('ref', '=', answer.service_request_id)
    .executeTakeFirstOrThrow()
  expect(row).toEqual({
    source: 'open311',
    district_code: '321002',
    user_id: null,
    contact_phone: '13952712345',
    status: 'submitted',
  })

  const token = await t.app.inject(`/open311/v2/tokens/${answer.token}.json`)
  expect(token.json()).toEqual([{ service_request_id: answer.service_request_id, token: answer.token }])
  const get = await t.app.inject(`/open311/v2/requests/${answer.service_request_id}.json`)
  noPersonalData(get.body)
  expect(get.body).not.toContain('文昌中路某号')

  // JSON bodies work too.
  const json = await t.app.inject({
    method: 'POST',
    url: '/open311/v2/requests.json',
    payload: {
      api_key: KEY,
      service_code: 'GOV_POLICY_CONSULT',
      address_string: '扬州市',
      description: '想咨询一下新生儿落户需要带哪些材料。',
    },
  })
  expect(json.statusCode).toBe(201)
  expect((await t.app.inject('/open311/v2/nothing-here.json')).json()).toEqual([
    { code: 404, description: expect.any(String) },
  ])
})

test('XML output drops characters XML 1.0 forbids: a title with \\u0001 stored earlier does not break the feed', async () => {
  await t.app.db.updateTable('tickets').set({ title: '路灯\u0001不亮\u001f了' }).where('ref', '=', mine.ref).execute()
  const xml = await t.app.inject('/open311/v2/requests.xml')
  expect(xml.statusCode).toBe(200)
  // XML 1.0 Char: no C0 control other than tab, newline, carriage return
  const controls = Array.from(xml.body).filter((ch) => ch < ' ' && !'\t\n\r'.includes(ch))
  expect(controls).toEqual([])
  expect(xml.body).toContain('<description>路灯不亮了</description>')
})
