import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { GovButton } from '../../../components/gov-button'
import { GovLoading } from '../../../components/gov-loading'
import { formatDate } from '../../../lib/format'
import { toApiError } from '../../../lib/http/errors'
import { findSimilarTickets } from '../api/find-similar-tickets'
import { followTicket } from '../api/follow-ticket'
import type { SimilarTicket } from '../model/contract'
import { type HotlineDraft, hotlineDraft } from '../model/draft-store'
import { TICKET_PAGE, TRACK_PAGE } from '../model/routes'
import { statusLabel } from '../model/states'

/** Props of {@link SimilarStep}. */
export interface SimilarStepProps {
  draft: HotlineDraft
  onContinue: () => void
}

/**
 * Step 5: up to 3 open tickets like this one (anonymised). 我也遇到了 joins one instead of filing a duplicate;
 * with none (or when the check fails) the resident goes straight on — this step must never block a submission.
 */
export function SimilarStep({ draft, onContinue }: SimilarStepProps) {
  const [items, setItems] = useState<SimilarTicket[] | null>(null)
  const [joining, setJoining] = useState<string>()
  const [error, setError] = useState<string>()

  // biome-ignore lint/correctness/useExhaustiveDependencies: asked once per visit of the step.
  useEffect(() => {
    let live = true
    findSimilarTickets({
      serviceCode: draft.category?.serviceCode,
      districtCode: draft.districtCode || undefined,
      text: `${draft.title} ${draft.description}`.trim(),
    })
      .then((found) => {
        if (!live) return
        if (found.length === 0) onContinue()
        else setItems(found)
      })
      .catch(() => {
        if (live) onContinue()
      })
    return () => {
      live = false
    }
  }, [])

  async function join(item: SimilarTicket) {
    setJoining(item.ref)
    setError(undefined)
    try {
      const result = await followTicket(item.ref)
      hotlineDraft.clear()
      const token = result.trackingToken
      const url = token
        ? `${TRACK_PAGE}?ref=${encodeURIComponent(item.ref)}&t=${encodeURIComponent(token)}&followed=1`
        : `${TICKET_PAGE}?ref=${encodeURIComponent(item.ref)}&followed=1`
      void Taro.redirectTo({ url })
    } catch (reason) {
      setError(toApiError(reason).message)
    } finally {
      setJoining(undefined)
    }
  }

  if (!items) return <GovLoading rows={2} label="正在查找是否已有人反映…" />
  return (
    <div className="hotline-similar">
      <p className="hotline-lead">
        以下诉求正在办理，和您要反映的可能是同一件事。选择“我也遇到了”，办理结果会同样通知您，也能让部门知道有多少人关心。
      </p>
      {error ? (
        <p className="gov-field__error" role="alert">
          {error}
        </p>
      ) : null}
      <ul className="hotline-cards">
        {items.map((item) => (
          <li className="hotline-card" key={item.ref}>
            <p className="hotline-card__title">{item.title}</p>
            <p className="hotline-card__meta">
              {typeof item.category === 'string' ? item.category : (item.category?.name ?? '')}
              {item.district ? ` · ${item.district}` : ''} · {formatDate(item.createdAt)} ·{' '}
              {statusLabel(item.status, item.statusLabel)}
            </p>
            <p className="hotline-card__meta">{item.followers} 人也遇到了</p>
            <GovButton variant="secondary" loading={joining === item.ref} onClick={() => void join(item)}>
              我也遇到了
            </GovButton>
          </li>
        ))}
      </ul>
      <GovButton block onClick={onContinue}>
        不是同一件事，继续提交
      </GovButton>
    </div>
  )
}
