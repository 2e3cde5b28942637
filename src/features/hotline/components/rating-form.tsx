import { useState } from 'react'
import { GovButton } from '../../../components/gov-button'
import { GovCheckbox } from '../../../components/gov-checkbox'
import { GovChoiceList } from '../../../components/gov-choice-list'
import { GovTextarea } from '../../../components/gov-textarea'
import { toApiError } from '../../../lib/http/errors'
import { rateTicket } from '../api/rate-ticket'
import type { RatingLevel, Ticket } from '../model/contract'
import { RATING_LEVELS, REOPEN_LEVELS } from '../model/states'

/** Props of {@link RatingForm}. */
export interface RatingFormProps {
  ticket: Ticket
  onRated: (ticket: Ticket) => void
}

/**
 * 好差评 after a reply: five levels and optional text; 不满意/非常不满意 may ask, once, for the ticket to be handled
 * again, with a reason.
 */
export function RatingForm({ ticket, onRated }: RatingFormProps) {
  const [level, setLevel] = useState<RatingLevel | ''>('')
  const [comment, setComment] = useState('')
  const [reopen, setReopen] = useState(false)
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<{ level?: string; reason?: string; comment?: string }>({})
  const [formError, setFormError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const canReopen = !!ticket.canReopen && !!level && REOPEN_LEVELS.includes(level)

  async function submit() {
    const found: typeof errors = {}
    if (!level) found.level = '请选择您对办理结果的评价'
    if (comment.length > 500) found.comment = '评价内容不能超过 500 字'
    if (canReopen && reopen && reason.trim().length < 5) found.reason = '请写明需要重新办理的原因（至少 5 个字）'
    setErrors(found)
    if (Object.keys(found).length || !level) return
    setBusy(true)
    setFormError(undefined)
    try {
      const body: { level: RatingLevel; comment?: string; reopenReason?: string } = { level }
      if (comment.trim()) body.comment = comment.trim()
      if (canReopen && reopen) body.reopenReason = reason.trim()
      onRated(await rateTicket(ticket.ref, body))
    } catch (error) {
      const e = toApiError(error)
      setErrors({ level: e.fields.level, comment: e.fields.comment, reason: e.fields.reopenReason })
      setFormError(e.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="hotline-rating" aria-labelledby="hotline-rating-title">
      <h2 className="hotline-section-title" id="hotline-rating-title">
        评价办理结果
      </h2>
      {formError ? (
        <p className="gov-field__error" role="alert">
          {formError}
        </p>
      ) : null}
      <GovChoiceList
        id="hotline-rating-level"
        legend="您对这次办理满意吗？"
        choices={RATING_LEVELS.map((r) => ({ value: r.level, label: r.label }))}
        value={level ? [level] : []}
        onChange={(v) => setLevel((v[0] as RatingLevel) ?? '')}
        error={errors.level}
      />
      <GovTextarea
        id="hotline-rating-comment"
        label="评价内容（选填）"
        value={comment}
        onChange={setComment}
        limit={500}
        rows={3}
        error={errors.comment}
      />
      {canReopen ? (
        <div className="hotline-rating__reopen">
          <GovCheckbox id="hotline-rating-reopen" checked={reopen} onChange={setReopen}>
            问题没有解决，申请重新办理（仅可申请一次）
          </GovCheckbox>
          {reopen ? (
            <GovTextarea
              id="hotline-rating-reason"
              label="重新办理的原因"
              value={reason}
              onChange={setReason}
              limit={500}
              rows={3}
              error={errors.reason}
            />
          ) : null}
        </div>
      ) : null}
      <GovButton block loading={busy} onClick={() => void submit()}>
        提交评价
      </GovButton>
    </section>
  )
}
