import { GovButton } from './gov-button'

/** Props of {@link GovEmpty}. */
export interface GovEmptyProps {
  /** What is empty, e.g. "您还没有提交过工单". */
  message: string
  /** The suggested next step, e.g. "去提交工单". */
  actionText?: string
  onAction?: () => void
}

/** Empty state that always suggests a next step. */
export function GovEmpty({ message, actionText, onAction }: GovEmptyProps) {
  return (
    <div className="gov-empty">
      <p className="gov-empty__message">{message}</p>
      {actionText && onAction ? (
        <GovButton variant="secondary" onClick={onAction}>
          {actionText}
        </GovButton>
      ) : null}
    </div>
  )
}
