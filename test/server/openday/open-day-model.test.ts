import crypto from 'node:crypto'
import {
  DRAW_RULE,
  drawCommitment,
  drawKey,
  drawListHash,
  drawSeed,
  newDrawSecret,
  runDraw,
} from '../../../server/services/openday/draw'
import { offerExpiresAt, pickPromotions, promotionAllowed } from '../../../server/services/openday/waitlist'
import {
  gb11643CheckChar,
  idNumberProblem,
  maskIdNumber,
  maskName,
  normaliseIdNumber,
} from '../../../types/openday-identity'

const HOUR = 3_600_000

describe('identity numbers (GB 11643 and the documents of non-mainland visitors)', () => {
  test('the published example and Yangzhou numbers pass; one wrong digit is caught by the check digit', () => {
    expect(gb11643CheckChar('11010519491231002')).toBe('X')
    expect(idNumberProblem('resident_id', '11010519491231002X')).toBeNull()
    expect(idNumberProblem('resident_id', '321002199001011238')).toBeNull()
    expect(idNumberProblem('resident_id', '321002199001011239')).toBe('证件号码校验位不正确，请核对是否有输错的数字')
    // a transposition of two digits changes the weighted sum
    expect(idNumberProblem('resident_id', '321002199001012138')).toMatch(/校验位/)
  })

  test('lower-case x, spaces and hyphens are normalised before checking', () => {
    expect(normaliseIdNumber(' 110105 19491231 002x ')).toBe('11010519491231002X')
    expect(normaliseIdNumber('3210-0219-9001-011238')).toBe('321002199001011238')
  })

  test('length, birth date and document type are each explained', () => {
    expect(idNumberProblem('resident_id', '')).toBe('请填写证件号码')
    expect(idNumberProblem('resident_id', '32100219900101123')).toMatch(/18 位/)
    // 1990-02-30 does not exist; the check digit is computed so only the date is wrong
    const badDate = `3210021990023012${'3'}`
    expect(idNumberProblem('resident_id', badDate + gb11643CheckChar(badDate))).toMatch(/出生日期/)
    const future = '32100230000101123'
    expect(idNumberProblem('resident_id', future + gb11643CheckChar(future))).toMatch(/出生日期/)
    // a 港澳台居民居住证 number under the wrong type, and the right type
    expect(idNumberProblem('resident_id', '810000199503010019')).toMatch(/港澳台居民居住证/)
    expect(idNumberProblem('hmt_residence', '810000199503010019')).toBeNull()
    expect(idNumberProblem('hmt_residence', '321002199001011238')).toMatch(/810000/)
    expect(idNumberProblem('hmt_residence', '810000199503010018')).toMatch(/校验位/)
  })

  test('通行证 and 护照 formats', () => {
    expect(idNumberProblem('hmt_permit', 'H12345678')).toBeNull()
    expect(idNumberProblem('hmt_permit', 'M1234567801')).toBeNull()
    expect(idNumberProblem('hmt_permit', '12345678')).toBeNull() // 台湾居民来往大陆通行证
    expect(idNumberProblem('hmt_permit', 'X12345678')).toMatch(/通行证号码格式不正确/)
    expect(idNumberProblem('passport', 'E12345678')).toBeNull()
    expect(idNumberProblem('passport', 'EA1234567')).toBeNull()
    expect(idNumberProblem('passport', 'AB12')).toMatch(/5–17/)
    expect(idNumberProblem('passport', 'E1234567!')).toMatch(/5–17/)
  })

  test('masking: 3210**********1234, other documents keep 2 + 2, names keep the first (and last) character', () => {
    expect(maskIdNumber('321002199001011238')).toBe('3210**********1238')
    expect(maskIdNumber('H12345678')).toBe('H1*****78')
    expect(maskIdNumber('1234')).toBe('****')
    expect(maskName('王芳')).toBe('王*')
    expect(maskName('李建国')).toBe('李*国')
    expect(maskName('欧阳海峰')).toBe('欧**峰')
    expect(maskName('买买提·艾力')).toBe('买****力')
    expect(maskName('Lee Mei Ling')).toBe('L***')
    expect(maskName('')).toBe('')
  })
})

describe('verifiable draw', () => {
  const entries = [
    { ref: 'KF00000001', maskedName: '王*', partySize: 1 },
    { ref: 'KF00000002', maskedName: '李*国', partySize: 3 },
    { ref: 'KF00000003', maskedName: '张*', partySize: 2 },
    { ref: 'KF00000004', maskedName: '陈*明', partySize: 1 },
    { ref: 'KF00000005', maskedName: '欧**峰', partySize: 2 },
  ]
  const secret = 'a'.repeat(64)

  test('anyone can recompute the order from the published facts with plain SHA-256 and HMAC-SHA256', () => {
    const result = runDraw({ commitment: drawCommitment(secret), secret, entries, publicValue: '3D:582', seats: 4 })
    const lines = [...entries].map((e) => `${e.ref} ${e.maskedName} ${e.partySize}`).join('\n')
    const listHash = crypto.createHash('sha256').update(lines).digest('hex')
    expect(drawListHash(entries)).toBe(listHash)
    const seed = crypto.createHash('sha256').update(`${secret}${listHash}3D:582`).digest('hex')
    expect(result.seed).toBe(seed)
    const expected = entries
      .map((e) => ({ ref: e.ref, key: crypto.createHmac('sha256', seed).update(e.ref).digest('hex') }))
      .sort((a, b) => a.key.localeCompare(b.key))
      .map((e) => e.ref)
    expect(result.order.map((o) => o.ref)).toEqual(expected)
    expect(drawKey(seed, 'KF00000001')).toBe(result.order.find((o) => o.ref === 'KF00000001')!.key)
    // the list's order as given does not matter: it is hashed in ref order
    expect(drawListHash([...entries].reverse())).toBe(listHash)
  })

  test('selection follows the published rule: a party that does not fit is skipped whole, never split', () => {
    const result = runDraw({ commitment: drawCommitment(secret), secret, entries, publicValue: '3D:582', seats: 4 })
    let left = 4
    const selected: string[] = []
    for (const o of result.order)
      if (o.partySize <= left) {
        selected.push(o.ref)
        left -= o.partySize
      }
    expect(result.selected).toEqual(selected)
    expect(
      result.selected.reduce((n, ref) => n + entries.find((e) => e.ref === ref)!.partySize, 0),
    ).toBeLessThanOrEqual(4)
    expect(new Set([...result.selected, ...result.waitlisted]).size).toBe(entries.length)
    // waitlisted keep the draw order
    const orderIndex = (ref: string) => result.order.findIndex((o) => o.ref === ref)
    expect(result.waitlisted.map(orderIndex)).toEqual([...result.waitlisted.map(orderIndex)].sort((a, b) => a - b))
    expect(DRAW_RULE).toContain('整组跳过')
  })

  test('a different public value or list gives a different seed; a secret that does not match the commitment is refused', () => {
    const fresh = newDrawSecret()
    expect(fresh).toMatch(/^[0-9a-f]{64}$/)
    const listHash = drawListHash(entries)
    expect(drawSeed(fresh, listHash, '3D:582')).not.toBe(drawSeed(fresh, listHash, '3D:583'))
    expect(drawSeed(fresh, listHash, '3D:582')).not.toBe(drawSeed(fresh, drawListHash(entries.slice(1)), '3D:582'))
    expect(() =>
      runDraw({ commitment: drawCommitment(fresh), secret: secret, entries, publicValue: '3D:582', seats: 4 }),
    ).toThrow(/commitment/)
  })

  test('with 1,000 entries the order is a permutation and roughly uniform (no entry is favoured by its ref)', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({
      ref: `KF${String(i).padStart(8, '0')}`,
      maskedName: '王*',
      partySize: 1,
    }))
    const result = runDraw({ commitment: drawCommitment(secret), secret, entries: many, publicValue: '1', seats: 100 })
    expect(new Set(result.order.map((o) => o.ref)).size).toBe(1000)
    expect(result.selected).toHaveLength(100)
    // the first 100 refs by number should not dominate the selection
    const low = result.selected.filter((ref) => Number(ref.slice(2)) < 100).length
    expect(low).toBeLessThan(30)
  })
})

describe('waitlist timing and promotion', () => {
  const start = new Date('2026-12-20T01:30:00Z')

  test('confirm window is min(24 h, half the time left to the start)', () => {
    expect(offerExpiresAt(new Date(start.getTime() - 5 * 24 * HOUR), start).getTime()).toBe(
      start.getTime() - 4 * 24 * HOUR,
    )
    // 10 hours before: 5 hours to answer
    expect(offerExpiresAt(new Date(start.getTime() - 10 * HOUR), start).getTime()).toBe(start.getTime() - 5 * HOUR)
    // exactly 48 hours before: both rules give 24 hours
    expect(offerExpiresAt(new Date(start.getTime() - 48 * HOUR), start).getTime()).toBe(start.getTime() - 24 * HOUR)
    // configurable
    expect(
      offerExpiresAt(new Date(start.getTime() - 5 * 24 * HOUR), start, {
        confirmWindowHours: 12,
        noPromotionHoursBeforeStart: 2,
      }).getTime(),
    ).toBe(start.getTime() - 5 * 24 * HOUR + 12 * HOUR)
  })

  test('no promotions in the last 2 hours', () => {
    expect(promotionAllowed(new Date(start.getTime() - 2 * HOUR - 1), start)).toBe(true)
    expect(promotionAllowed(new Date(start.getTime() - 2 * HOUR), start)).toBe(false)
    expect(promotionAllowed(new Date(start.getTime() + HOUR), start)).toBe(false)
  })

  test('the first parties that fit are promoted whole; a larger party keeps its place', () => {
    const queue = [
      { id: 'a', partySize: 3 },
      { id: 'b', partySize: 1 },
      { id: 'c', partySize: 2 },
      { id: 'd', partySize: 1 },
    ]
    expect(pickPromotions(queue, 2).map((p) => p.id)).toEqual(['b', 'd'])
    expect(pickPromotions(queue, 3).map((p) => p.id)).toEqual(['a'])
    expect(pickPromotions(queue, 4).map((p) => p.id)).toEqual(['a', 'b'])
    expect(pickPromotions(queue, 0)).toEqual([])
    expect(pickPromotions([], 5)).toEqual([])
  })
})
