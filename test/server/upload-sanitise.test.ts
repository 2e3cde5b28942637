import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { detectImageType, InvalidImageError, stripJpeg, stripPng, stripWebp } from '../../server/lib/image-sanitise'
import type { Ticket } from '../../types/hotline'
import { GPS_MARK, jpegWithGps, pngWithText, streetlightDraft, submit, upload, webpWithExif } from './helpers/hotline'
import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

const has = (buf: Buffer, text: string) => buf.includes(Buffer.from(text))

describe('metadata strippers (unit)', () => {
  test('JPEG: APP1 EXIF/GPS, COM and trailing bytes go; APP0, tables and scan data stay byte for byte', () => {
    const input = jpegWithGps()
    const out = stripJpeg(input)
    expect(has(input, GPS_MARK)).toBe(true)
    expect(has(out, GPS_MARK)).toBe(false)
    expect(has(out, '13952712345')).toBe(false)
    expect(has(out, 'appended payload')).toBe(false)
    expect(has(out, 'JFIF')).toBe(true)
    expect(out.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]))
    expect(out.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]))
    // The entropy-coded data, with its stuffed byte and restart marker, is untouched.
    expect(out.includes(Buffer.from([0x12, 0x34, 0xff, 0x00, 0x56, 0xff, 0xd0, 0x78, 0xff, 0xd9]))).toBe(true)
    expect(stripJpeg(out)).toEqual(out)
  })

  test('PNG: eXIf, tEXt, tIME dropped; IHDR, IDAT, IEND kept', () => {
    const out = stripPng(pngWithText())
    expect(has(out, GPS_MARK)).toBe(false)
    for (const kept of ['IHDR', 'IDAT', 'IEND']) expect(has(out, kept)).toBe(true)
    for (const dropped of ['tEXt', 'eXIf', 'tIME']) expect(has(out, dropped)).toBe(false)
  })

  test('WebP: EXIF and XMP chunks dropped, VP8X flags cleared, RIFF size fixed', () => {
    const out = stripWebp(webpWithExif())
    expect(has(out, GPS_MARK)).toBe(false)
    expect(out.readUInt32LE(4)).toBe(out.length - 8)
    expect(out[20]! & 0x0c).toBe(0)
    expect(has(out, 'VP8L')).toBe(true)
  })

  test('type by content, and broken files refused', () => {
    expect(detectImageType(Buffer.from('just some text, named photo.jpg'))).toBeNull()
    expect(detectImageType(Buffer.from('GIF89a......'))).toBeNull()
    expect(() => stripJpeg(jpegWithGps().subarray(0, 40))).toThrow(InvalidImageError)
    expect(() => stripPng(pngWithText().subarray(0, 30))).toThrow(InvalidImageError)
  })
})

describe('POST /api/uploads', () => {
  let t: TestApp
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yz-uploads-'))
  beforeAll(async () => {
    t = await buildTestApp({ env: { UPLOAD_DIR: uploadDir, UPLOAD_RATE: '100' } })
  })
  afterAll(async () => {
    await t.close()
    fs.rmSync(uploadDir, { recursive: true, force: true })
  })

  test('a JPEG with EXIF GPS comes back without it; PNG and WebP too; stored by sha256', async () => {
    const me = await t.loginResident()
    for (const [data, name, mime] of [
      [jpegWithGps(), 'a.jpg', 'image/jpeg'],
      [pngWithText(), 'b.png', 'image/png'],
      [webpWithExif(), 'c.webp', 'image/webp'],
    ] as const) {
      const res = await upload(t, me.token, data, name, 'application/octet-stream')
      expect(res.statusCode).toBe(201)
      expect(res.json().mime).toBe(mime)
      const back = await t.app.inject({ url: res.json().url, headers: bearer(me.token) })
      expect(back.statusCode).toBe(200)
      expect(back.headers['content-type']).toBe(mime)
      expect(has(back.rawPayload, GPS_MARK)).toBe(false)
    }
    const files = fs.readdirSync(uploadDir, { recursive: true }).map(String)
    expect(files.some((f) => /^[0-9a-f]{2}[/\\][0-9a-f]{64}\.jpg$/.test(f))).toBe(true)
  })

  test('a .jpg that is really text → 400; too big → 400; not logged in → 401', async () => {
    const me = await t.loginResident()
    const text = await upload(
      t,
      me.token,
      Buffer.from('这不是图片，只是改了扩展名的文本文件'),
      'photo.jpg',
      'image/jpeg',
    )
    expect(text.statusCode).toBe(400)
    expect(text.json().fields.file).toContain('JPG')
    const big = Buffer.concat([jpegWithGps().subarray(0, 2), Buffer.alloc(5 * 1024 * 1024 + 10, 0)])
    const tooBig = await upload(t, me.token, big)
    expect(tooBig.statusCode).toBe(400)
    expect(tooBig.json().fields.file).toContain('5 MB')
    const anon = await t.app.inject({
      method: 'POST',
      url: '/api/uploads',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x--\r\n',
    })
    expect(anon.statusCode).toBe(401)
  })

  test('served only to the owner and to staff of the handling department', async () => {
    const me = await t.loginResident()
    const photo = (await upload(t, me.token, jpegWithGps())).json()
    const ticket = (await submit(t, me.token, streetlightDraft({ photoIds: [photo.id] }))).json<Ticket>()
    expect(ticket.photos).toHaveLength(1)
    const other = await t.loginResident()
    expect((await t.app.inject({ url: photo.url, headers: bearer(other.token) })).statusCode).toBe(404)
    expect((await t.app.inject({ url: photo.url })).statusCode).toBe(401)
    const rsj = await t.createStaff({ department: '3210-RSJ' })
    const rsjToken = (await t.loginStaff(rsj.username, rsj.password)).token
    expect((await t.app.inject({ url: photo.url, headers: bearer(rsjToken) })).statusCode).toBe(404)
    const cgj = await t.createStaff({ department: '3210-CGJ' })
    const cgjToken = (await t.loginStaff(cgj.username, cgj.password)).token
    expect((await t.app.inject({ url: photo.url, headers: bearer(cgjToken) })).statusCode).toBe(200)
    // A used photo cannot be attached to a second ticket.
    const reuse = await submit(t, me.token, streetlightDraft({ photoIds: [photo.id] }))
    expect(reuse.statusCode).toBe(400)
  })
})
