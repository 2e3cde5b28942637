import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { jpegWithGps, streetlightDraft, submit, upload, wageDraft } from './helpers/hotline'
import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

let t: TestApp
let token: string
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yz-uploads-'))
beforeAll(async () => {
  t = await buildTestApp({ env: { UPLOAD_DIR: uploadDir } })
  token = (await t.loginResident()).token
})
afterAll(async () => {
  await t.close()
  fs.rmSync(uploadDir, { recursive: true, force: true })
})

/** Submits and expects 400 with a Chinese message on `field`; nothing is stored. */
async function rejected(draft: object, field: string) {
  const before = await t.app.db
    .selectFrom('tickets')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow()
  const res = await submit(t, token, draft as never)
  expect(res.statusCode).toBe(400)
  const body = res.json()
  expect(body.code).toBe('VALIDATION_FAILED')
  expect(Object.keys(body.fields)).toContain(field)
  expect(body.fields[field]).toMatch(/[\u4e00-\u9fff]/)
  const after = await t.app.db
    .selectFrom('tickets')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow()
  expect(after.n).toBe(before.n)
  return body.fields[field] as string
}

test('description over the limit', async () => {
  expect(await rejected(streetlightDraft({ description: '路灯不亮'.repeat(260) }), 'description')).toContain('1000')
})

test('a 4th photo', async () => {
  const ids = []
  for (let i = 0; i < 4; i++) ids.push((await upload(t, token, jpegWithGps())).json().id)
  expect(await rejected(streetlightDraft({ photoIds: ids }), 'photoIds')).toContain('3')
})

test('a photo that is not mine', async () => {
  const other = await t.loginResident()
  const id = (await upload(t, other.token, jpegWithGps())).json().id
  await rejected(streetlightDraft({ photoIds: [id] }), 'photoIds')
  await rejected(streetlightDraft({ photoIds: [crypto.randomUUID()] }), 'photoIds')
})

test('an invalid phone', async () => {
  expect(await rejected(streetlightDraft({ contactPhone: '12345678901' }), 'contactPhone')).toContain('联系电话')
})

test('missing or false privacy consent', async () => {
  const { privacyConsent: _, ...without } = streetlightDraft()
  expect(await rejected(without, 'privacyConsent')).toContain('隐私')
  await rejected(streetlightDraft({ privacyConsent: false as never }), 'privacyConsent')
})

test('unknown category, and a type the category does not take', async () => {
  expect(await rejected(streetlightDraft({ serviceCode: 'NO_SUCH_THING' }), 'serviceCode')).toContain('分类')
  expect(await rejected(streetlightDraft({ type: '咨询' }), 'type')).toContain('求助')
})

test('required Open311 attributes, and wrong option keys', async () => {
  expect(await rejected(streetlightDraft({ attributes: {} }), 'attributes.FAULT')).toContain('请填写')
  await rejected(streetlightDraft({ attributes: { FAULT: 'EXPLODED' } }), 'attributes.FAULT')
})

test('location required for on-site categories; town must be inside the district', async () => {
  await rejected(streetlightDraft({ address: '' }), 'address')
  await rejected(streetlightDraft({ townCode: undefined }), 'townCode')
  await rejected(streetlightDraft({ townCode: '321002001' }), 'townCode')
  await rejected(streetlightDraft({ districtCode: '110101' }), 'districtCode')
})

test('anonymity only where the type allows it', async () => {
  expect(await rejected(wageDraft({ type: '咨询', anonymous: true }), 'anonymous')).toContain('匿名')
})

test('Idempotency-Key is required', async () => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/hotline/tickets',
    headers: bearer(token),
    payload: streetlightDraft(),
  })
  expect(res.statusCode).toBe(400)
  expect(res.json().fields['Idempotency-Key']).toBeDefined()
})
