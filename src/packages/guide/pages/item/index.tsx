import Taro, { useRouter } from '@tarojs/taro'
import { GovEmpty } from '../../../../components/gov-empty'
import { GovError } from '../../../../components/gov-error'
import { GovLoading } from '../../../../components/gov-loading'
import { GovPage } from '../../../../components/gov-page'
import { useItem } from '../../../../features/catalogue/api/get-item'
import { GuideView } from '../../../../features/catalogue/components/guide-view'
import { guideUrl, SERVICES_PAGE } from '../../../../features/catalogue/model/routes'
import { useShareCard } from '../../../../lib/platform/share'

export default function GuideItemPage() {
  const code = useRouter().params.code
  const item = useItem(code)
  // An unknown code (an old bookmark, a cut-off share link) is a not-found page, not an error to retry.
  const notFound = item.error?.status === 404
  useShareCard(item.data ? { title: `${item.data.name} · 办事指南`, path: guideUrl(item.data.implCode) } : undefined)
  return (
    <GovPage title={item.data?.name ?? (notFound ? '没有找到这个事项' : '办事指南')}>
      {!code ? (
        <GovError message="没有指定要查看的事项。请从办事列表进入。" />
      ) : item.loading ? (
        <GovLoading rows={5} label="正在加载办事指南…" />
      ) : notFound ? (
        <GovEmpty
          message="可能是事项已调整或下线，也可能是链接不完整。请到办事列表按名称重新查找。"
          actionText="去办事列表查找"
          onAction={() => void Taro.switchTab({ url: SERVICES_PAGE })}
        />
      ) : item.error ? (
        <GovError message={item.error.message} onRetry={item.reload} />
      ) : item.data ? (
        <GuideView item={item.data} />
      ) : null}
    </GovPage>
  )
}
