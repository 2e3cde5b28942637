import { GovHighlight } from '../../../components/gov-highlight'
import { GovPressable } from '../../../components/gov-pressable'
import { GovTag } from '../../../components/gov-tag'
import type { ItemSummary } from '../api/catalogue-types'
import { formatWorkingDays } from '../model/guide-summary'
import { LEVEL_LABEL, MODE_LABEL } from '../model/labels'

/** Props of {@link ResultRow}. */
export interface ResultRowProps {
  item: ItemSummary
  onOpen: (item: ItemSummary) => void
}

/**
 * One service in a list (issue #14: once, however many places do it): highlighted name, the 俗称 it was found by
 * when its name lacks the searched word (俗称：良民证), where it can be done (“市级及 12 个街道可办”, or the department
 * and level of its only place), and what matters first (全程网办 or how many trips, the promised time). Kept to a handful of nodes: the 办事 list draws ~20 of these at a time on weapp.
 */
export function ResultRow({ item, onOpen }: ResultRowProps) {
  // one row per service: 全程网办 when any of its places is
  const online = item.places?.online ?? item.handlingMode === 'online'
  const several = (item.places?.count ?? 1) > 1
  return (
    <GovPressable className="cat-result" onClick={() => onOpen(item)}>
      <span className="cat-result__name">
        <GovHighlight segments={item.nameSegments} fallback={item.name} />
      </span>
      <span className="cat-result__meta">
        {item.matchedAlias ? `俗称：${item.matchedAlias} · ` : ''}
        {several ? item.places!.label : `${item.department.name} · ${LEVEL_LABEL[item.level] ?? ''}`}
      </span>
      <span className="cat-result__tags">
        <GovTag tone={online ? 'success' : 'muted'}>
          {online
            ? MODE_LABEL.online
            : item.visitCount > 0
              ? `跑动 ${item.visitCount} 次`
              : MODE_LABEL[item.handlingMode]}
        </GovTag>
        <GovTag tone="muted">承诺 {formatWorkingDays(item.promisedLimitDays)}</GovTag>
      </span>
    </GovPressable>
  )
}
