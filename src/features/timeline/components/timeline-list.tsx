import Taro from '@tarojs/taro'
import { GovButton } from '../../../components/gov-button'
import { GovCardLink } from '../../../components/gov-card-link'
import { GovEmpty } from '../../../components/gov-empty'
import { GovError } from '../../../components/gov-error'
import { GovLoading } from '../../../components/gov-loading'
import { GovStatusBadge } from '../../../components/gov-status-badge'
import { goToLogin } from '../../../lib/auth/login-redirect'
import { useSession } from '../../../lib/auth/session'
import { formatDateTime } from '../../../lib/format'
import { subjectUrl } from '../../../lib/subjects'
import { useMyTimeline } from '../hooks/use-my-timeline'
import { SERVICES_TAB } from '../model/routes'

/**
 * 我的 办事记录: everything the resident has done across features — 12345 tickets today, registrations and comments
 * as those features register their rows — newest change first, each with its kind, status badge and date; a row
 * opens its subject's page (by kind + id, `src/lib/subjects.ts`). 加载更多 follows the server's cursor.
 */
export function TimelineList() {
  const session = useSession()
  const timeline = useMyTimeline()
  const { first } = timeline
  if (!session) return <GovEmpty message="登录后查看办事记录。" actionText="登录" onAction={() => goToLogin()} />
  if (first.loading) return <GovLoading rows={4} label="正在加载办事记录…" />
  if (first.error || !first.data)
    return <GovError message={first.error?.message ?? '加载失败'} onRetry={first.reload} />
  if (timeline.items.length === 0)
    return (
      <GovEmpty
        message="还没有办事记录。您反映的 12345 诉求、报名的活动和提出的意见都会记在这里。"
        actionText="去办事"
        onAction={() => void Taro.switchTab({ url: SERVICES_TAB })}
      />
    )
  return (
    <>
      <ul className="gov-cards">
        {timeline.items.map((row) => (
          <GovCardLink
            key={`${row.kind}:${row.link.id}`}
            title={row.title}
            badge={<GovStatusBadge label={row.statusLabel} tone={row.tone} />}
            lines={[`${row.kindLabel} ${row.link.id}`, `最近更新 ${formatDateTime(row.updatedAt)}`]}
            onClick={() => {
              const url = subjectUrl(row.link)
              if (url) void Taro.navigateTo({ url })
            }}
          />
        ))}
      </ul>
      {timeline.moreError ? <GovError message={timeline.moreError.message} onRetry={timeline.loadMore} /> : null}
      {timeline.hasMore && !timeline.moreError ? (
        <GovButton variant="secondary" block loading={timeline.loadingMore} onClick={timeline.loadMore}>
          加载更多
        </GovButton>
      ) : null}
      {!timeline.hasMore ? <p className="gov-list-end">已显示全部记录</p> : null}
    </>
  )
}
