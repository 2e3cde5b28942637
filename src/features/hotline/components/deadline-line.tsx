import { describeDeadline } from '../model/deadline'

/** Props of {@link DeadlineLine}. */
export interface DeadlineLineProps {
  dueAt: string | null | undefined
  overdue?: boolean
  /** e.g. 办结时限. */
  label?: string
}

/** 办结时限 with a countdown; overdue is written out (已超期 N 天), not only coloured. */
export function DeadlineLine({ dueAt, overdue, label = '办结时限' }: DeadlineLineProps) {
  const d = describeDeadline(dueAt, new Date(), overdue)
  if (!d) return null
  return (
    <p className={`hotline-deadline${d.overdue ? ' hotline-deadline--overdue' : ''}`}>
      {label}：{d.dateText}（{d.text}）
    </p>
  )
}
