import crypto from 'node:crypto'
import type { Ticket } from '../../types/hotline'
import { jpegWithGps, streetlightDraft, submit, upload } from './helpers/hotline'
import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp({
    env: { HOTLINE_SUBMIT_RATE: '2', UPLOAD_RATE: '3', HOTLINE_ADDRESS_RATE: '6', SMS_SEND_RATE: '100' },
  })
})
afterAll(() => t.close())

const myTickets = async (token: string) =>
  (await t.app.inject({ url: '/api/hotline/tickets', headers: bearer(token) })).json().total as number

test('a resident submitting over HOTLINE_SUBMIT_RATE a minute gets 429 in Chinese, nothing filed; others still can', async () => {
  const me = await t.loginResident()
  for (let i = 0; i < 2; i++) expect((await submit(t, me.token, streetlightDraft())).statusCode).toBe(201)
  const third = await submit(t, me.token, streetlightDraft())
  expect(third.statusCode).toBe(429)
  expect(third.json()).toEqual({
    code: 'RATE_LIMITED',
    message: expect.stringMatching(/^提交太频繁：每人每分钟最多提交 2 份诉求，请 \d+ 秒后再试，已填写的内容会保留$/),
  })
  expect(Number(third.headers['retry-after'])).toBeGreaterThan(0)
  expect(await myTickets(me.token)).toBe(2)

  // The limit is per resident (the bearer token), not per address: a neighbour on the same network can submit.
  const neighbour = await t.loginResident()
  const theirs = await submit(t, neighbour.token, streetlightDraft())
  expect(theirs.statusCode).toBe(201)
  expect(theirs.json<Ticket>().ref).toMatch(/^YZ\d{8}-\d{6}$/)
})

test('a resident uploading over UPLOAD_RATE photos a minute gets 429 in Chinese; others still can', async () => {
  const me = await t.loginResident()
  for (let i = 0; i < 3; i++) expect((await upload(t, me.token, jpegWithGps())).statusCode).toBe(201)
  const fourth = await upload(t, me.token, jpegWithGps())
  expect(fourth.statusCode).toBe(429)
  expect(fourth.json()).toEqual({ code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' })
  expect(Number(fourth.headers['retry-after'])).toBeGreaterThan(0)

  const neighbour = await t.loginResident()
  expect((await upload(t, neighbour.token, jpegWithGps())).statusCode).toBe(201)
})

test('one address submits at most HOTLINE_ADDRESS_RATE tickets a minute, however many residents; other addresses still can', async () => {
  const office = '203.0.113.9'
  // six neighbours behind one address each file one ticket: all accepted
  for (let i = 0; i < 6; i++) {
    const neighbour = await t.loginResident()
    expect((await submit(t, neighbour.token, streetlightDraft(), crypto.randomUUID(), office)).statusCode).toBe(201)
  }
  const seventh = await t.loginResident()
  const refused = await submit(t, seventh.token, streetlightDraft(), crypto.randomUUID(), office)
  expect(refused.statusCode).toBe(429)
  expect(refused.json()).toEqual({
    code: 'RATE_LIMITED',
    message: expect.stringMatching(/^这个网络提交诉求太频繁，请 \d+ 秒后再试，已填写的内容会保留$/),
  })
  expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
  expect(await myTickets(seventh.token)).toBe(0)
  expect((await submit(t, seventh.token, streetlightDraft(), crypto.randomUUID(), '198.51.100.40')).statusCode).toBe(
    201,
  )
})

test('one address uploads at most HOTLINE_ADDRESS_RATE photos a minute, counted apart from submissions', async () => {
  const office = '203.0.113.10'
  const residents = [await t.loginResident(), await t.loginResident(), await t.loginResident()]
  for (const resident of residents.slice(0, 2))
    for (let i = 0; i < 3; i++)
      expect((await upload(t, resident.token, jpegWithGps(), 'photo.jpg', 'image/jpeg', office)).statusCode).toBe(201)
  const refused = await upload(t, residents[2].token, jpegWithGps(), 'photo.jpg', 'image/jpeg', office)
  expect(refused.statusCode).toBe(429)
  expect(refused.json().message).toMatch(/^这个网络上传照片太频繁，请 \d+ 秒后再试$/)
  // the address's submissions have their own count
  expect((await submit(t, residents[2].token, streetlightDraft(), crypto.randomUUID(), office)).statusCode).toBe(201)
})

describe('with the default HOTLINE_ADDRESS_RATE', () => {
  let d: TestApp
  beforeAll(async () => {
    d = await buildTestApp({ env: { SMS_SEND_RATE: '100' } })
  })
  afterAll(() => d.close())

  test('25 neighbours behind one address (more than one resident may send) all submit and upload', async () => {
    expect(d.config.hotlinePerAddressPerMinute).toBe(120)
    for (let i = 0; i < 25; i++) {
      const neighbour = await d.loginResident()
      expect(
        (await submit(d, neighbour.token, streetlightDraft(), crypto.randomUUID(), '203.0.113.11')).statusCode,
      ).toBe(201)
      expect(
        (await upload(d, neighbour.token, jpegWithGps(), 'photo.jpg', 'image/jpeg', '203.0.113.11')).statusCode,
      ).toBe(201)
    }
  })
})
