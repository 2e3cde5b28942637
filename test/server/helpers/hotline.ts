import crypto from 'node:crypto'
import type { TicketDraft } from '../../../types/hotline'
import { bearer, type TestApp } from './test-app'

/** A valid 投诉 about a dark streetlight in 邗江区蒋王街道 (URBAN_STREETLIGHT, 扬州市城市管理局). */
export function streetlightDraft(overrides: Partial<TicketDraft> = {}): TicketDraft {
  return {
    type: '投诉',
    serviceCode: 'URBAN_STREETLIGHT',
    title: '百祥路东段路灯连续一周不亮',
    description: '邗江区蒋王街道百祥路东段从上周起有六七盏路灯晚上一直不亮，晚上骑车回家很黑，希望尽快维修。',
    districtCode: '321003',
    townCode: '321003002',
    address: '邗江区蒋王街道百祥路东段公交站附近',
    photoIds: [],
    anonymous: false,
    contactPhone: '13952712345',
    privacyConsent: true,
    attributes: { FAULT: 'OFF' },
    ...overrides,
  }
}

/** A valid 举报 of unpaid wages (LABOR_WAGE_ARREARS, 扬州市人力资源和社会保障局 = 3210-RSJ). */
export function wageDraft(overrides: Partial<TicketDraft> = {}): TicketDraft {
  return {
    type: '举报',
    serviceCode: 'LABOR_WAGE_ARREARS',
    title: '某装修公司拖欠三个月工资',
    description:
      '我在广陵区某装修公司做木工，公司从八月起拖欠我和另外五名工友三个月工资，多次讨要老板都推说工程款没到。',
    districtCode: '321002',
    photoIds: [],
    anonymous: false,
    contactPhone: '13852798765',
    privacyConsent: true,
    attributes: { EMPLOYER_NAME: '扬州某装修工程有限公司', AMOUNT: 24000, EMPLOYER_KIND: 'CONSTRUCTION' },
    ...overrides,
  }
}

/** Submits a draft with a fresh (or given) Idempotency-Key, from 127.0.0.1 or the given client address. */
export function submit(
  t: TestApp,
  token: string,
  draft: TicketDraft,
  key = crypto.randomUUID(),
  remoteAddress?: string,
) {
  return t.app.inject({
    method: 'POST',
    url: '/api/hotline/tickets',
    headers: { ...bearer(token), 'idempotency-key': key },
    payload: draft,
    remoteAddress,
  })
}

/** Uploads bytes as a multipart `file`, from 127.0.0.1 or the given client address. */
export function upload(
  t: TestApp,
  token: string,
  data: Buffer,
  filename = 'photo.jpg',
  contentType = 'image/jpeg',
  remoteAddress?: string,
) {
  const boundary = `----yz${crypto.randomBytes(8).toString('hex')}`
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return t.app.inject({
    method: 'POST',
    url: '/api/uploads',
    headers: { ...bearer(token), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
    remoteAddress,
  })
}

/** A staff action. */
export function staffAct(t: TestApp, token: string, ref: string, action: string, payload?: object) {
  return t.app.inject({
    method: 'POST',
    url: `/api/staff/tickets/${ref}/${action}`,
    headers: bearer(token),
    ...(payload ? { payload } : {}),
  })
}

const segment = (marker: number, body: Buffer) => {
  const head = Buffer.alloc(4)
  head[0] = 0xff
  head[1] = marker
  head.writeUInt16BE(body.length + 2, 2)
  return Buffer.concat([head, body])
}

/** The GPS text planted in test images' metadata. */
export const GPS_MARK = 'GPS 32.3942N 119.4129E'

/**
 * A structurally valid JPEG built byte by byte: SOI, APP0 JFIF, APP1 Exif carrying {@link GPS_MARK}, COM, DQT,
 * SOF0, DHT, SOS with entropy data (including a stuffed 0xFF00 and a restart marker), EOI, then trailing junk.
 */
export function jpegWithGps(): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
    segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0MM\0*', 'latin1'), Buffer.from(GPS_MARK)])),
    segment(0xfe, Buffer.from('shot by 张三 13952712345')),
    segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)])),
    segment(0xc0, Buffer.from([8, 0, 16, 0, 16, 1, 1, 0x11, 0])),
    segment(0xc4, Buffer.concat([Buffer.from([0]), Buffer.alloc(16, 0), Buffer.alloc(0)])),
    segment(0xda, Buffer.from([1, 1, 0, 0, 63, 0])),
    Buffer.from([0x12, 0x34, 0xff, 0x00, 0x56, 0xff, 0xd0, 0x78]),
    Buffer.from([0xff, 0xd9]),
    Buffer.from('appended payload'),
  ])
}

function crc32(buf: Buffer): number {
  let c = ~0
  for (const b of buf) {
    c ^= b
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1))
  }
  return ~c >>> 0
}

const chunk = (type: string, data: Buffer) => {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(td))
  return Buffer.concat([len, td, crc])
}

/** A PNG with IHDR, tEXt + eXIf + tIME metadata (carrying {@link GPS_MARK}), IDAT and IEND. */
export function pngWithText(): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(1, 0)
  ihdr.writeUInt32BE(1, 4)
  ihdr[8] = 8
  ihdr[9] = 2
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('tEXt', Buffer.from(`Comment\0${GPS_MARK}`, 'latin1')),
    chunk('eXIf', Buffer.from(`MM\0*${GPS_MARK}`, 'latin1')),
    chunk('tIME', Buffer.from([7, 234, 11, 27, 10, 0, 0])),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x63, 0xf8, 0x0f, 0x00, 0x01, 0x01, 0x01, 0x00])),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** A WebP (VP8X + EXIF + XMP + VP8L) whose metadata carries {@link GPS_MARK}. */
export function webpWithExif(): Buffer {
  const riffChunk = (fourcc: string, data: Buffer) => {
    const head = Buffer.alloc(8)
    head.write(fourcc, 0, 'latin1')
    head.writeUInt32LE(data.length, 4)
    return Buffer.concat([head, data, data.length % 2 ? Buffer.from([0]) : Buffer.alloc(0)])
  }
  const vp8x = Buffer.alloc(10)
  vp8x[0] = 0x0c
  const body = Buffer.concat([
    riffChunk('VP8X', vp8x),
    riffChunk('EXIF', Buffer.from(`MM\0*${GPS_MARK}`, 'latin1')),
    riffChunk('XMP ', Buffer.from(`<x>${GPS_MARK}</x>`)),
    riffChunk('VP8L', Buffer.from([0x2f, 0, 0, 0, 0])),
  ])
  const header = Buffer.alloc(12)
  header.write('RIFF', 0, 'latin1')
  header.writeUInt32LE(4 + body.length, 4)
  header.write('WEBP', 8, 'latin1')
  return Buffer.concat([header, body])
}

/** Waits until no notification delivery is pending (sends run after the response). */
export async function drainNotifications(t: TestApp): Promise<void> {
  await t.app.notifier.drain()
}
