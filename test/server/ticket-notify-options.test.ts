/**
 * Before submitting, the mini-program asks which WeChat subscribe-message templates this server sends with, so the
 * resident is asked for exactly the template the notifier uses (WECHAT_SUBSCRIBE_TEMPLATE_ID drives both sides).
 * Public, cacheable for a short while, and empty when the server sends no WeChat messages.
 */
import { buildTestApp, type TestApp } from './helpers/test-app'

const TEMPLATE = 'Yz8pK3mQ-ticket-status-2026'

describe('with WECHAT_SUBSCRIBE_TEMPLATE_ID set', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await buildTestApp({ env: { WECHAT_SUBSCRIBE_TEMPLATE_ID: TEMPLATE } })
  })
  afterAll(() => t.close())

  test('a logged-out client gets the template id the server sends with, cacheable for a few minutes', async () => {
    const res = await t.app.inject('/api/hotline/notify-options')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ wechatSubscribeTemplateIds: [TEMPLATE] })
    expect(res.json().wechatSubscribeTemplateIds).toEqual([t.config.wechatSubscribe?.templateId])
    expect(res.headers['cache-control']).toBe('public, max-age=300')
  })

  test('the OpenAPI document describes it with its schema and no security', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json()
    const op = doc.paths['/api/hotline/notify-options'].get
    expect(op.summary).toBe('办理进度通知渠道')
    expect(op.security).toBeUndefined()
    const schema = op.responses['200'].content['application/json'].schema
    expect(schema.properties.wechatSubscribeTemplateIds.type).toBe('array')
    expect(schema.required).toEqual(['wechatSubscribeTemplateIds'])
  })
})

describe('without WECHAT_SUBSCRIBE_TEMPLATE_ID', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await buildTestApp({ env: { WECHAT_SUBSCRIBE_TEMPLATE_ID: undefined } })
  })
  afterAll(() => t.close())

  test('the list is empty, so the mini-program does not ask for a subscription the server would never use', async () => {
    const res = await t.app.inject('/api/hotline/notify-options')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ wechatSubscribeTemplateIds: [] })
    expect(res.headers['cache-control']).toBe('public, max-age=300')
  })
})
