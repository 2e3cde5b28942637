import { useState } from 'react'
import { GovButton } from '../../../components/gov-button'
import { GovPressable } from '../../../components/gov-pressable'
import { goToLogin } from '../../../lib/auth/login-redirect'
import { useSession } from '../../../lib/auth/session'
import { toApiError } from '../../../lib/http/errors'
import { commentGuide } from '../api/comment-guide'
import { RATING_COMMENT_MAX, rateGuide } from '../api/rate-guide'
import { clearRatingDraft, readRatingDraft, saveRatingDraft } from '../model/rating-draft'

/** Props of {@link GuideRating}. */
export interface GuideRatingProps {
  implCode: string
}

const SCORES = [
  { score: 1, label: '很不准确' },
  { score: 2, label: '不太准确' },
  { score: 3, label: '一般' },
  { score: 4, label: '比较准确' },
  { score: 5, label: '很准确' },
] as const

/** Typed text from a browser textarea or the mini-program's. */
function typed(event: { target: unknown; detail?: unknown }): string {
  const detail = event.detail as { value?: unknown } | undefined
  if (detail && typeof detail.value === 'string') return detail.value
  return (event.target as HTMLTextAreaElement).value
}

/**
 * "这条指南准确吗？": a signed-in resident gives a 1–5 score and an optional note (one score per resident, a second one
 * changes it); signed out, they are asked to log in to score and may still leave a note that does not count. Saved
 * as a draft on every change and sent once (Idempotency-Key kept with the draft); ends on a thank-you.
 */
export function GuideRating({ implCode }: GuideRatingProps) {
  const session = useSession()
  const [draft, setDraft] = useState(() => readRatingDraft(implCode))
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string>()
  const [done, setDone] = useState<{ averageScore: number; count: number } | 'comment'>()

  const update = (change: Partial<typeof draft>) => {
    const next = { ...draft, ...change }
    setDraft(next)
    saveRatingDraft(implCode, next)
  }
  const submit = () => {
    if (!draft.score) {
      setError('请先选择 1–5 分')
      return
    }
    setSending(true)
    setError(undefined)
    rateGuide(implCode, { score: draft.score, comment: draft.comment }, draft.key).then(
      (result) => {
        clearRatingDraft(implCode)
        setSending(false)
        setDone({ averageScore: result.averageScore, count: result.count })
      },
      (reason: unknown) => {
        setSending(false)
        setError(toApiError(reason).message)
      },
    )
  }

  const sendComment = () => {
    if (!draft.comment.trim()) {
      setError('请先写下您的意见')
      return
    }
    setSending(true)
    setError(undefined)
    commentGuide(implCode, draft.comment).then(
      () => {
        clearRatingDraft(implCode)
        setSending(false)
        setDone('comment')
      },
      (reason: unknown) => {
        setSending(false)
        setError(toApiError(reason).message)
      },
    )
  }

  if (done === 'comment') {
    return (
      <section className="cat-rating cat-rating--done" aria-labelledby="cat-rating-title">
        <h2 className="cat-section__title" id="cat-rating-title">
          谢谢您的意见
        </h2>
        <p className="cat-rating__text" role="status">
          您的意见已转给事项主管部门，用于改进这份指南。登录后还可以打分。
        </p>
      </section>
    )
  }
  if (done) {
    return (
      <section className="cat-rating cat-rating--done" aria-labelledby="cat-rating-title">
        <h2 className="cat-section__title" id="cat-rating-title">
          谢谢您的评价
        </h2>
        <p className="cat-rating__text" role="status">
          您的意见已转给事项主管部门，用于改进这份指南。目前 {done.count} 人评价，平均{' '}
          {Number(done.averageScore).toFixed(1)} 分。
        </p>
      </section>
    )
  }
  const errorLine = error ? (
    <p className="cat-rating__error" role="alert">
      {error}
    </p>
  ) : null
  if (!session) {
    return (
      <section className="cat-rating" aria-labelledby="cat-rating-title">
        <h2 className="cat-section__title" id="cat-rating-title">
          这条指南准确吗？
        </h2>
        <p className="cat-rating__text">
          登录后可以按 1–5 分打分（每人一份，可以修改）。未登录也可以留下意见，但不计入评分。
        </p>
        <GovButton variant="secondary" onClick={() => goToLogin()} block>
          登录后打分
        </GovButton>
        <label className="cat-rating__label" htmlFor="cat-rating-comment">
          对这份指南有意见？（不计入评分）
        </label>
        <textarea
          id="cat-rating-comment"
          className="cat-rating__comment"
          maxLength={RATING_COMMENT_MAX}
          value={draft.comment}
          placeholder="如：材料清单少了户口簿。请不要填写姓名、电话等个人信息"
          onInput={(event) => update({ comment: typed(event) })}
          onChange={(event) => update({ comment: typed(event) })}
        />
        {errorLine}
        <GovButton onClick={sendComment} loading={sending} block>
          提交意见
        </GovButton>
      </section>
    )
  }
  return (
    <section className="cat-rating" aria-labelledby="cat-rating-title">
      <h2 className="cat-section__title" id="cat-rating-title">
        这条指南准确吗？
      </h2>
      <p className="cat-rating__text">按 1–5 分打分，5 分最准确。每人一份，再次提交会修改您的评分。</p>
      {/* biome-ignore lint/a11y/useSemanticElements: fieldset has no mini-program mapping; role=group works on both. */}
      <div className="cat-rating__scores" role="group" aria-label="打分">
        {SCORES.map(({ score, label }) => (
          <GovPressable
            key={score}
            className={`cat-score${draft.score === score ? ' cat-score--on' : ''}`}
            pressed={draft.score === score}
            ariaLabel={`${score} 分，${label}`}
            onClick={() => update({ score })}
          >
            <span className="cat-score__n">{score}</span>
            <span className="cat-score__label">{label}</span>
          </GovPressable>
        ))}
      </div>
      <label className="cat-rating__label" htmlFor="cat-rating-comment">
        哪里不准确？（选填）
      </label>
      <textarea
        id="cat-rating-comment"
        className="cat-rating__comment"
        maxLength={RATING_COMMENT_MAX}
        value={draft.comment}
        placeholder="如：材料清单少了户口簿"
        onInput={(event) => update({ comment: typed(event) })}
        onChange={(event) => update({ comment: typed(event) })}
      />
      {errorLine}
      <GovButton onClick={submit} loading={sending} block>
        提交评价
      </GovButton>
    </section>
  )
}
