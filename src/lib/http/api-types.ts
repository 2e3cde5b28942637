/**
 * Body types of the foundation API, written from docs/api-foundation.md.
 * TODO: replace with `import type` from `types/` once the shared TypeBox schemas land there (issue #2).
 */

/** The resident as the server shows them to themselves. */
export interface Me {
  id: string
  phoneMasked: string | null
  wechatBound: boolean
  nickname: string | null
  privacyConsentVersion: string | null
  privacyConsentAt: string | null
  createdAt: string
}

/** A resident login: bearer token, its expiry and the user. */
export interface Session {
  token: string
  expiresAt: string
  user: Me
}

/** A member of staff. */
export interface Staff {
  id: string
  username: string
  displayName: string
  role: 'admin' | 'clerk'
  department: { id: string; code: string; name: string } | null
}

/** A staff login. */
export interface StaffSession {
  token: string
  expiresAt: string
  staff: Staff
}

/** Which login methods the server offers; `sms: 'dev'` means the code is shown on screen (development only). */
export interface AuthProviders {
  wechat: boolean
  sms: 'http' | 'dev'
}

/** Answer to POST /api/auth/sms/send. */
export interface SmsSent {
  sent: true
  expiresInSeconds: number
  resendAfterSeconds: number
  devCode?: string
}

/** The privacy notice. */
export interface PrivacyNotice {
  version: string
  title: string
  updatedAt: string
  sections: { heading: string; body: string }[]
}

/** Answer to GET /api/me/export: the resident's own data, unmasked. */
export interface MyDataExport {
  exportedAt: string
  user: Record<string, unknown>
  sessions: { createdAt: string; expiresAt: string; revokedAt: string | null; lastSeenAt: string | null }[]
}

/** The error body every API error carries. */
export interface ApiErrorBody {
  code: string
  message: string
  fields?: Record<string, string>
}
