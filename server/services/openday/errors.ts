import { AppError } from '../../errors'

/** 409 SESSION_FULL: no seats left in the session; the resident may join its waitlist (`joinWaitlist: true`). */
export class SessionFullError extends AppError {
  override name = 'SessionFullError'
  constructor(waiting: number) {
    super(
      409,
      'SESSION_FULL',
      waiting > 0
        ? `本场次已满。您可以加入候补（前面有 ${waiting} 组在等）：有人取消时按顺序递补，递补成功会通知您确认。`
        : '本场次已满。您可以加入候补：有人取消时按顺序递补，递补成功会通知您确认。',
      { sessionId: '本场次已满，可加入候补' },
    )
  }
}

/** 409 REGISTRATION_CLOSED: before opening, after closing, or the event was cancelled or has ended. */
export class RegistrationClosedError extends AppError {
  override name = 'RegistrationClosedError'
  constructor(message: string) {
    super(409, 'REGISTRATION_CLOSED', message)
  }
}

/** 409 ALREADY_REGISTERED: this account, or a person of the party, already holds a registration for the event. */
export class AlreadyRegisteredError extends AppError {
  override name = 'AlreadyRegisteredError'
  constructor(message: string, fields?: Record<string, string>) {
    super(409, 'ALREADY_REGISTERED', message, fields)
  }
}

/** 409 CANCEL_DEADLINE_PASSED: too late to cancel online; says when the deadline was and whom to call. */
export class CancelDeadlineError extends AppError {
  override name = 'CancelDeadlineError'
  constructor(deadlineLabel: string, phone: string) {
    super(
      409,
      'CANCEL_DEADLINE_PASSED',
      `已过网上取消的截止时间（${deadlineLabel}）。如确实无法参加，请致电主办部门 ${phone} 说明，以免影响今后报名。`,
    )
  }
}
