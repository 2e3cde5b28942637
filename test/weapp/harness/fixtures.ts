/**
 * Realistic resident data for the weapp journeys, and the storage keys the client uses (src/lib/storage.ts
 * `STORAGE_KEYS`; values are stored as JSON text).
 */
import type { RecordedRequest, RequestHandler, StubResponse } from './wx-stubs'

/** The client's storage keys (see src/lib/storage.ts). */
export const KEYS = {
  session: 'gov.session.v1',
  elderMode: 'gov.elder-mode.v1',
  loginReturnTo: 'gov.login-return-to.v1',
  hotlineDraft: 'gov.draft.hotline.v1',
} as const

const inAWeek = () => new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString()

/** GET /api/me of a resident of 广陵区 who logged in with WeChat and bound a phone. */
export const ME: {
  id: number
  phoneMasked: string | null
  wechatBound: boolean
  nickname: string | null
  privacyConsentVersion: string | null
  privacyConsentAt: string | null
  createdAt: string
} = {
  id: 1024,
  phoneMasked: '138****5678',
  wechatBound: true,
  nickname: '王秀英',
  privacyConsentVersion: '2026-11',
  privacyConsentAt: '2026-11-20T01:30:00.000Z',
  createdAt: '2026-11-20T01:30:00.000Z',
}

/** A live resident session as `POST /api/auth/wechat` returns it (token, expiry, user). */
export function session(overrides: Partial<typeof ME> = {}) {
  return { token: 'tok-yz-1024', expiresAt: inAWeek(), user: { ...ME, ...overrides } }
}

/** Storage holding `value` under `key` the way the client writes it (JSON text). */
export function stored(entries: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, JSON.stringify(v)]))
}

/**
 * A fake API from `"METHOD /path"` routes; anything else answers 404 NOT_FOUND as the real server would.
 * @example api({ 'GET /api/me': () => ({ statusCode: 200, data: ME }) })
 */
export function api(routes: Record<string, (req: RecordedRequest) => StubResponse>): RequestHandler {
  return (req) => {
    const route = routes[`${req.method} ${req.path}`]
    if (route) return route(req)
    return { statusCode: 404, data: { code: 'NOT_FOUND', message: '未找到' } }
  }
}

/** GET /api/divisions, cut to one county and one street (enough for the 12345 form's pickers). */
export const DIVISIONS = {
  city: { code: '321000', name: '扬州市' },
  counties: [{ code: '321002', name: '广陵区', towns: [{ code: '321002001', name: '东关街道' }] }],
}

/**
 * A 12345 draft as the client saves it (src/features/hotline/model/draft-store.ts), on the form step of a 投诉,
 * nothing typed yet; `overrides` fill in the rest (category, title, photos …).
 */
export function hotlineDraft(overrides: Record<string, unknown> = {}) {
  return {
    version: 1,
    idempotencyKey: '7d3f1c2a-5b6e-4f80-9a1b-2c3d4e5f6a7b',
    createdAt: '2026-11-27T02:00:00.000Z',
    step: 'form',
    type: '投诉',
    title: '',
    description: '',
    occurredAt: '',
    districtCode: '',
    townCode: '',
    address: '',
    attributes: {},
    photos: [],
    anonymous: false,
    contactPhone: '',
    privacyConsent: false,
    submitState: 'idle',
    attempts: 0,
    ...overrides,
  }
}
