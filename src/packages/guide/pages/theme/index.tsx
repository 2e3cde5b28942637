import Taro, { useRouter } from '@tarojs/taro'
import { GovEmpty } from '../../../../components/gov-empty'
import { GovError } from '../../../../components/gov-error'
import { GovLoading } from '../../../../components/gov-loading'
import { GovPage } from '../../../../components/gov-page'
import { useTheme } from '../../../../features/catalogue/api/get-theme'
import { ThemeView } from '../../../../features/catalogue/components/theme-view'

const HOME_PAGE = '/pages/index/index'

export default function GuideThemePage() {
  const code = useRouter().params.code
  const theme = useTheme(code)
  // An unknown code (an old bookmark, a cut-off share link) is a not-found page, not an error to retry.
  const notFound = theme.error?.status === 404
  return (
    <GovPage title={theme.data?.name ?? (notFound ? '没有找到这个一件事' : '一件事')}>
      {!code ? (
        <GovError message="没有指定要查看的一件事。请从首页进入。" />
      ) : theme.loading ? (
        <GovLoading rows={4} label="正在加载…" />
      ) : notFound ? (
        <GovEmpty
          message="可能是主题已调整，也可能是链接不完整。请回到首页，从“一件事 · 一次办”里重新选择。"
          actionText="回首页"
          onAction={() => void Taro.switchTab({ url: HOME_PAGE })}
        />
      ) : theme.error ? (
        <GovError message={theme.error.message} onRetry={theme.reload} />
      ) : theme.data ? (
        <ThemeView theme={theme.data} />
      ) : null}
    </GovPage>
  )
}
