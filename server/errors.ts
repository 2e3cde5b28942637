import type { ErrorCode } from '../types/common'

/**
 * An error meant for the client: HTTP status, stable code, Chinese message. The one error handler
 * (plugins/errors.ts) turns it into `{ code, message, fields? }`; anything else becomes a generic 500.
 * Every subclass sets `name` explicitly because bundlers mangle constructor names.
 */
export class AppError extends Error {
  override name = 'AppError'
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message)
  }
}

/** 400: the request is malformed; `fields` says which field and why. */
export class ValidationError extends AppError {
  override name = 'ValidationError'
  constructor(message: string, fields?: Record<string, string>) {
    super(400, 'VALIDATION_FAILED', message, fields)
  }
}

/** 401: no valid session. */
export class UnauthorizedError extends AppError {
  override name = 'UnauthorizedError'
  constructor(message = '请先登录，或登录已过期') {
    super(401, 'UNAUTHORIZED', message)
  }
}

/** 403: signed in but not allowed. */
export class ForbiddenError extends AppError {
  override name = 'ForbiddenError'
  constructor(message = '没有权限进行此操作') {
    super(403, 'FORBIDDEN', message)
  }
}

/** 404: the thing does not exist (or is not the caller's to see). */
export class NotFoundError extends AppError {
  override name = 'NotFoundError'
  constructor(message = '找不到请求的内容') {
    super(404, 'NOT_FOUND', message)
  }
}

/** 409: conflicts with existing data. */
export class ConflictError extends AppError {
  override name = 'ConflictError'
  constructor(message: string) {
    super(409, 'CONFLICT', message)
  }
}

/**
 * 409 `IDEMPOTENCY_MISMATCH`: an Idempotency-Key reused with a different body. Its own code, so a client can tell
 * "your earlier attempt with this key may already have gone through" from an ordinary state conflict.
 */
export class IdempotencyMismatchError extends AppError {
  override name = 'IdempotencyMismatchError'
  constructor(message: string) {
    super(409, 'IDEMPOTENCY_MISMATCH', message)
  }
}

/** 429: too many requests from this client or for this phone. */
export class RateLimitedError extends AppError {
  override name = 'RateLimitedError'
  constructor(message = '操作太频繁，请稍后再试') {
    super(429, 'RATE_LIMITED', message)
  }
}

/** 400: the SMS code is wrong, expired, used up or locked after too many attempts. */
export class SmsCodeInvalidError extends AppError {
  override name = 'SmsCodeInvalidError'
  constructor(message = '验证码不正确或已过期，请重新获取') {
    super(400, 'SMS_CODE_INVALID', message, { code: message })
  }
}

/** 429: a code was sent to this phone less than the resend interval ago. */
export class SmsCooldownError extends AppError {
  override name = 'SmsCooldownError'
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'SMS_COOLDOWN', `验证码已发送，请 ${retryAfterSeconds} 秒后再重新获取`)
  }
}

/** 502: the SMS gateway did not accept the message. */
export class SmsSendError extends AppError {
  override name = 'SmsSendError'
  constructor(readonly detail: string) {
    super(502, 'SMS_SEND_FAILED', '短信发送失败，请稍后再试')
  }
}

/** 502: WeChat code2session failed (bad code, WeChat error, timeout). `detail` is logged, never shown. */
export class WechatLoginError extends AppError {
  override name = 'WechatLoginError'
  constructor(
    message: string,
    readonly detail: string,
    readonly errcode?: number,
  ) {
    super(502, 'WECHAT_LOGIN_FAILED', message)
  }
}

/** Seconds a 503 asks the client to wait (`Retry-After`). */
export const RETRY_AFTER_SECONDS = 5

/** 503: a dependency (the database) is down. Every 503 carries `Retry-After` (plugins/errors.ts). */
export class ServiceUnavailableError extends AppError {
  override name = 'ServiceUnavailableError'
  constructor(message = '服务暂时不可用，请稍后再试') {
    super(503, 'SERVICE_UNAVAILABLE', message)
  }
}
