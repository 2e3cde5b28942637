import Taro, { useRouter } from '@tarojs/taro'
import { GovButton } from '../../../../components/gov-button'
import { GovError } from '../../../../components/gov-error'
import { GovLoading } from '../../../../components/gov-loading'
import { GovPage } from '../../../../components/gov-page'
import { useItem } from '../../../../features/catalogue/api/get-item'
import { GuideView } from '../../../../features/catalogue/components/guide-view'
import { guideUrl } from '../../../../features/catalogue/model/routes'
import { useShareCard } from '../../../../features/catalogue/platform/share-link'

export default function GuideItemPage() {
  const code = useRouter().params.code
  const item = useItem(code)
  useShareCard(item.data ? { title: `${item.data.name} · 办事指南`, path: guideUrl(item.data.implCode) } : undefined)
  return (
    <GovPage title={item.data?.name ?? '办事指南'}>
      {!code ? (
        <GovError message="没有指定要查看的事项。请从办事列表进入。" />
      ) : item.loading ? (
        <GovLoading rows={5} label="正在加载办事指南…" />
      ) : item.error ? (
        <>
          <GovError message={item.error.message} onRetry={item.error.status === 404 ? undefined : item.reload} />
          {item.error.status === 404 ? (
            <GovButton variant="secondary" block onClick={() => void Taro.switchTab({ url: '/pages/services/index' })}>
              去办事列表查找
            </GovButton>
          ) : null}
        </>
      ) : item.data ? (
        <GuideView item={item.data} />
      ) : null}
    </GovPage>
  )
}
