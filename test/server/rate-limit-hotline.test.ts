import type { Ticket } from '../../types/hotline'
import { jpegWithGps, streetlightDraft, submit, upload } from './helpers/hotline'
import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp({ env: { HOTLINE_SUBMIT_RATE: '2', UPLOAD_RATE: '3' } })
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
