import { AxiosError } from 'axios'
import type { ErrorResponse as ApiErrorBody, ErrorCode } from '../../../types/common'

/**
 * Chinese text for every error code of the API contract (`satisfies` makes a new server code a compile error here
 * until it has text).
 */
const API_ERROR_TEXT = {
  VALIDATION_FAILED: '填写的信息有误，请检查后重新提交',
  UNAUTHORIZED: '登录已过期，请重新登录',
  FORBIDDEN: '您没有权限进行此操作',
  NOT_FOUND: '没有找到相关内容，可能已被删除或下线',
  CONFLICT: '该操作与当前状态冲突，请刷新后重试',
  IDEMPOTENCY_MISMATCH: '这次提交之前已经发出过，内容又被修改，不能再次提交；请先查看是否已经提交成功',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  SESSION_FULL: '本场次名额已满，可以加入候补',
  REGISTRATION_CLOSED: '不在报名时间内',
  ALREADY_REGISTERED: '您已报名过本次活动',
  CANCEL_DEADLINE_PASSED: '已过取消截止时间，如无法参加请致电主办部门',
  SMS_CODE_INVALID: '验证码错误或已过期，请重新获取',
  SMS_COOLDOWN: '验证码发送太频繁，请稍后再获取',
  SMS_SEND_FAILED: '短信发送失败，请稍后重试',
  WECHAT_LOGIN_FAILED: '微信登录失败，请稍后重试',
  SERVICE_UNAVAILABLE: '服务暂时不可用，请稍后重试',
  INTERNAL: '服务暂时不可用，请稍后重试',
} as const satisfies Record<ErrorCode, string>

/** Text for every API error code, plus the client's own for failures that never reached the server. */
export const ERROR_TEXT = {
  ...API_ERROR_TEXT,
  NETWORK: '网络连接失败，请检查网络后重试',
  TIMEOUT: '网络较慢，请求超时，请稍后重试',
  CANCELED: '请求已取消',
  UNKNOWN: '请求失败，请稍后重试',
} as const

/** A code from {@link ERROR_TEXT} or any other code the server sends. */
export type ApiErrorCode = keyof typeof ERROR_TEXT | (string & {})

/** 5xx codes with their own (fixed, client-side) text. */
const UPSTREAM_CODES: ReadonlySet<string> = new Set(['WECHAT_LOGIN_FAILED', 'SMS_SEND_FAILED', 'SERVICE_UNAVAILABLE'])

/**
 * Codes whose server message is more specific than our generic text (a 409 says *what* conflicts, e.g. 名额已满),
 * so the server's Chinese message is shown when it has one. Never applied to 5xx.
 */
const SERVER_MESSAGE_WINS: ReadonlySet<string> = new Set([
  'CONFLICT',
  'VALIDATION_FAILED',
  'SESSION_FULL',
  'REGISTRATION_CLOSED',
  'ALREADY_REGISTERED',
  'CANCEL_DEADLINE_PASSED',
])

/**
 * The one error type pages see. `message` is always Chinese text fit to show a resident.
 * `name` is explicit because minifiers mangle constructor names.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  /** HTTP status; 0 when the server was never reached. */
  readonly status: number
  readonly code: ApiErrorCode
  /** Per-field Chinese messages from a VALIDATION_FAILED answer. */
  readonly fields: Record<string, string>

  constructor(code: ApiErrorCode, message: string, status: number, fields: Record<string, string> = {}) {
    super(message)
    this.code = code
    this.status = status
    this.fields = fields
  }
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as ApiErrorBody).code === 'string'
}

/**
 * Turns anything thrown by a request into an {@link ApiError} with Chinese user text. This is the ONE error map:
 * - API errors `{code, message, fields}` → our text for known codes; the server's message for unknown 4xx codes;
 * - 5xx → generic text, never the raw server message (it may be technical);
 * - timeouts, network failures and cancellations → their own text.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  if (!(error instanceof AxiosError)) return new ApiError('UNKNOWN', ERROR_TEXT.UNKNOWN, 0)

  if (error.code === AxiosError.ERR_CANCELED) return new ApiError('CANCELED', ERROR_TEXT.CANCELED, 0)
  if (error.code === AxiosError.ECONNABORTED || error.code === AxiosError.ETIMEDOUT) {
    return new ApiError('TIMEOUT', ERROR_TEXT.TIMEOUT, 0)
  }
  const response = error.response
  if (!response) return new ApiError('NETWORK', ERROR_TEXT.NETWORK, 0)

  const status = response.status
  const body = isErrorBody(response.data) ? response.data : undefined
  if (status >= 500) {
    // Upstream failures (WeChat, SMS gateway) and 503 get their own fixed text; anything else 5xx stays generic.
    // The server's message is never shown for 5xx.
    const code = body && UPSTREAM_CODES.has(body.code) ? (body.code as keyof typeof ERROR_TEXT) : 'INTERNAL'
    return new ApiError(code, ERROR_TEXT[code], status)
  }
  const code = body?.code ?? (status === 401 ? 'UNAUTHORIZED' : status === 404 ? 'NOT_FOUND' : 'UNKNOWN')
  const known = (ERROR_TEXT as Record<string, string>)[code]
  const serverText = body?.message?.trim()
  const message = (SERVER_MESSAGE_WINS.has(code) && serverText) || known || serverText || ERROR_TEXT.UNKNOWN
  return new ApiError(code, message, status, body?.fields ?? {})
}
