import { useRouter } from '@tarojs/taro'
import { GovError } from '../../../../components/gov-error'
import { GovLoading } from '../../../../components/gov-loading'
import { GovPage } from '../../../../components/gov-page'
import { useTheme } from '../../../../features/catalogue/api/get-theme'
import { ThemeView } from '../../../../features/catalogue/components/theme-view'

export default function GuideThemePage() {
  const code = useRouter().params.code
  const theme = useTheme(code)
  return (
    <GovPage title={theme.data?.name ?? '一件事'}>
      {!code ? (
        <GovError message="没有指定要查看的一件事。请从首页进入。" />
      ) : theme.loading ? (
        <GovLoading rows={4} label="正在加载…" />
      ) : theme.error ? (
        <GovError message={theme.error.message} onRetry={theme.reload} />
      ) : theme.data ? (
        <ThemeView theme={theme.data} />
      ) : null}
    </GovPage>
  )
}
