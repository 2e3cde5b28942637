import { GovButton } from './gov-button'

/** Props of {@link GovError}. */
export interface GovErrorProps {
  /** Chinese text for the resident (an `ApiError.message`). */
  message: string
  /** Called by the 重试 button; without it no button is drawn. */
  onRetry?: () => void
}

/** Error state: what went wrong in plain Chinese and a 重试 button. Announced to screen readers. */
export function GovError({ message, onRetry }: GovErrorProps) {
  return (
    <div className="gov-error" role="alert">
      <p className="gov-error__title">出错了</p>
      <p className="gov-error__message">{message}</p>
      {onRetry ? (
        <GovButton variant="secondary" onClick={onRetry}>
          重试
        </GovButton>
      ) : null}
    </div>
  )
}
