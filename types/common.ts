import { type Static, type TSchema, Type } from '@sinclair/typebox'

/**
 * Error codes the client maps to Chinese text. Declared once; the server's error classes use these values.
 * @see docs/api-foundation.md
 */
export const ErrorCode = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  UNAUTHORIZED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  /** 409: an Idempotency-Key reused with a different body (the first request may already have created something). */
  IDEMPOTENCY_MISMATCH: 'IDEMPOTENCY_MISMATCH',
  RATE_LIMITED: 'RATE_LIMITED',
  /** 409 (政府开放日): the session has no seats left; the answer offers its waitlist. */
  SESSION_FULL: 'SESSION_FULL',
  /** 409 (政府开放日): registration has not opened yet, or has closed. */
  REGISTRATION_CLOSED: 'REGISTRATION_CLOSED',
  /** 409 (政府开放日): this account or this ID number already has a registration for the event. */
  ALREADY_REGISTERED: 'ALREADY_REGISTERED',
  /** 409 (政府开放日): the self-cancel deadline has passed; the message gives the department's phone. */
  CANCEL_DEADLINE_PASSED: 'CANCEL_DEADLINE_PASSED',
  SMS_CODE_INVALID: 'SMS_CODE_INVALID',
  SMS_COOLDOWN: 'SMS_COOLDOWN',
  SMS_SEND_FAILED: 'SMS_SEND_FAILED',
  WECHAT_LOGIN_FAILED: 'WECHAT_LOGIN_FAILED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL: 'INTERNAL',
} as const

/** One of {@link ErrorCode}. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

/** Every non-2xx answer: `{ code, message, fields? }`; `message` is Chinese text fit to show a resident. */
export const ErrorResponse = Type.Object(
  {
    code: Type.String({ description: '机器可读的错误码，如 VALIDATION_FAILED' }),
    message: Type.String({ description: '给用户看的中文说明' }),
    fields: Type.Optional(Type.Record(Type.String(), Type.String(), { description: '逐字段的中文说明，键为字段名' })),
  },
  { title: '错误' },
)
/** Static type of {@link ErrorResponse}. */
export type ErrorResponse = Static<typeof ErrorResponse>

/** List query: `?page=&pageSize=` (pageSize ≤ 50). */
export const PageQuery = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1, title: '页码' })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20, title: '每页条数' })),
})
/** Static type of {@link PageQuery}. */
export type PageQuery = Static<typeof PageQuery>

/** A page of `items` with the total count, the shape of every list answer. */
export const Pagination = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    total: Type.Integer({ minimum: 0 }),
    page: Type.Integer({ minimum: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 50 }),
  })
/** Static type of a {@link Pagination} answer. */
export type Pagination<T> = { items: T[]; total: number; page: number; pageSize: number }

/** ISO 8601 timestamp string. */
export const IsoDateTime = Type.String({ format: 'date-time' })
