import { AxiosError, AxiosHeaders, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'
import { http } from '../../../src/lib/http/client'

/** One canned answer of the fake API. */
export interface FakeAnswer {
  status: number
  body?: unknown
}

/** A request the client sent, as the server would see it. */
export interface SentRequest {
  method: string
  url: string
  headers: Record<string, string>
  body: unknown
  /** Query parameters passed to axios as `params`. */
  params?: Record<string, unknown>
}

/**
 * Replaces the transport of the app's one axios instance (everything above it — interceptors, error map, 401
 * handling — is the real code). `route` answers each request; every request is recorded in `sent`.
 */
export function fakeApi(route: (req: SentRequest) => FakeAnswer | Error) {
  const sent: SentRequest[] = []
  http.defaults.adapter = async (config: InternalAxiosRequestConfig) => {
    const req: SentRequest = {
      method: (config.method ?? 'get').toUpperCase(),
      url: config.url ?? '',
      headers: AxiosHeaders.from(config.headers).toJSON(true) as Record<string, string>,
      body: typeof config.data === 'string' ? JSON.parse(config.data) : config.data,
      params: config.params,
    }
    sent.push(req)
    const answer = route(req)
    if (answer instanceof Error) throw answer
    const response: AxiosResponse = {
      data: answer.body ?? '',
      status: answer.status,
      statusText: String(answer.status),
      headers: {},
      config,
    }
    if (answer.status >= 200 && answer.status < 300) return response
    throw new AxiosError(`Request failed with status code ${answer.status}`, 'ERR_BAD_RESPONSE', config, {}, response)
  }
  return { sent }
}

/** A resident session as POST /api/auth/sms/login answers it. */
export function sessionFixture(overrides: { expiresAt?: string } = {}) {
  return {
    token: 'tok-resident-0001',
    expiresAt: overrides.expiresAt ?? new Date(Date.now() + 24 * 3600 * 1000).toISOString(),
    user: {
      id: 1,
      phoneMasked: '138****5678',
      wechatBound: false,
      nickname: null,
      privacyConsentVersion: null,
      privacyConsentAt: null,
      createdAt: '2026-11-01T08:00:00.000Z',
    },
  }
}
