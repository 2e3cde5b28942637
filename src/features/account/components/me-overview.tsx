import Taro from '@tarojs/taro'
import { type ReactNode, useState } from 'react'
import { GovButton } from '../../../components/gov-button'
import { GovCell } from '../../../components/gov-cell'
import { GovCellGroup } from '../../../components/gov-cell-group'
import { GovError } from '../../../components/gov-error'
import { GovLoading } from '../../../components/gov-loading'
import { GovSwitch } from '../../../components/gov-switch'
import { goToLogin } from '../../../lib/auth/login-redirect'
import { useSession } from '../../../lib/auth/session'
import { useElderMode } from '../../../lib/elder-mode/elder-mode'
import { formatDate, formatDateTime, maskPhone } from '../../../lib/format'
import { toApiError } from '../../../lib/http/errors'
import { confirmAction } from '../../../lib/platform/confirm'
import { saveJson } from '../../../lib/platform/save-json'
import { deleteMyAccount } from '../api/delete-my-account'
import { exportMyData } from '../api/export-my-data'
import { useMe } from '../api/get-me'
import { logout } from '../api/logout'
import { MY_FAVOURITES_PAGE, PRIVACY_PAGE } from '../model/routes'
import { ExportResult, type ExportResultProps } from './export-result'
import { StaffEntry } from './staff-entry'
import './account.scss'

function toast(title: string) {
  void Taro.showToast({ title, icon: 'none', duration: 2500 })
}

/** Props of {@link MeOverview}. */
export interface MeOverviewProps {
  /**
   * The rows other features put in 我的办事 (办事记录, 我的工单, 我的消息 with its unread count), composed by the tab
   * page: features do not import each other.
   */
  myWork?: ReactNode
}

/** 我的: who is logged in, 办事记录 and 消息, 长辈版, privacy, export, delete account, logout. */
export function MeOverview({ myWork }: MeOverviewProps) {
  const session = useSession()
  const me = useMe()
  const elder = useElderMode()
  const [exported, setExported] = useState<ExportResultProps>()
  const [busy, setBusy] = useState<'export' | 'delete' | 'logout'>()

  async function runExport() {
    setBusy('export')
    try {
      const data = await exportMyData()
      const how = await saveJson(`扬州政务服务-我的数据-${data.exportedAt.slice(0, 10)}.json`, data)
      setExported({ how, exportedAt: formatDateTime(data.exportedAt), sessionCount: data.sessions.length })
    } catch (error) {
      toast(toApiError(error).message)
    } finally {
      setBusy(undefined)
    }
  }

  async function runDelete() {
    const confirmed = await confirmAction({
      title: '注销账号',
      content: '注销后，您的手机号、微信绑定和登录记录将被删除，且无法恢复。确定注销吗？',
      confirmText: '确定注销',
    })
    if (!confirmed) return
    setBusy('delete')
    try {
      await deleteMyAccount()
      toast('账号已注销')
    } catch (error) {
      toast(toApiError(error).message)
    } finally {
      setBusy(undefined)
    }
  }

  async function runLogout() {
    setBusy('logout')
    try {
      await logout()
    } catch {
      // The local session is already cleared; a failed revoke only means the token expires on its own.
    } finally {
      setBusy(undefined)
      toast('已退出登录')
    }
  }

  const user = me.data ?? session?.user
  const elderRow = (
    <GovCell
      title="长辈版"
      description={elder.source === 'auto' ? '已按微信字体设置自动开启' : '字更大、按钮更大，方便长辈使用'}
      extra={<GovSwitch label="长辈版" checked={elder.enabled} onChange={elder.setEnabled} />}
    />
  )

  return (
    <>
      {!session ? (
        <section className="account-me__user" aria-label="登录状态">
          <span className="account-me__avatar" aria-hidden="true">
            我
          </span>
          <div className="account-me__who">
            <p className="account-me__name">未登录</p>
            <p className="account-me__meta">登录后可查看办理进度、提交 12345 工单</p>
          </div>
          <GovButton onClick={() => goToLogin()}>登录</GovButton>
        </section>
      ) : me.loading && !user ? (
        <GovLoading rows={1} label="正在加载账号信息…" />
      ) : me.error && !me.data ? (
        <GovError message={me.error.message} onRetry={me.reload} />
      ) : (
        <section className="account-me__user" aria-label="账号信息">
          <span className="account-me__avatar" aria-hidden="true">
            {user?.nickname?.slice(0, 1) ?? '民'}
          </span>
          <div className="account-me__who">
            <p className="account-me__name">{user?.nickname ?? (user?.phoneMasked ? '扬州市民' : '微信用户')}</p>
            <p className="account-me__meta">
              {user?.phoneMasked ? <span>手机号 {maskPhone(user.phoneMasked)}</span> : null}
              {user?.wechatBound ? <span className="gov-badge">微信已绑定</span> : null}
            </p>
          </div>
        </section>
      )}

      {session ? (
        <GovCellGroup title="我的办事">
          {myWork}
          <GovCell
            title="我的收藏"
            description="收藏的办事指南"
            onClick={() => void Taro.navigateTo({ url: MY_FAVOURITES_PAGE })}
          />
        </GovCellGroup>
      ) : null}

      <GovCellGroup title="显示">{elderRow}</GovCellGroup>

      <GovCellGroup title="隐私与数据">
        <GovCell
          title="隐私政策"
          description={
            !session
              ? '了解我们如何使用和保护您的信息'
              : user?.privacyConsentVersion
                ? `已同意（${user.privacyConsentVersion} 版，${formatDate(user.privacyConsentAt)}）`
                : '尚未同意当前版本'
          }
          onClick={() => void Taro.navigateTo({ url: PRIVACY_PAGE })}
        />
        {session ? (
          <GovCell
            title={busy === 'export' ? '正在导出…' : '导出我的数据'}
            description="获取我们保存的关于您的全部信息"
            onClick={busy ? undefined : () => void runExport()}
          />
        ) : null}
        {session ? (
          <GovCell
            title={busy === 'delete' ? '正在注销…' : '注销账号'}
            description="删除账号及个人信息，不可恢复"
            danger
            onClick={busy ? undefined : () => void runDelete()}
          />
        ) : null}
      </GovCellGroup>
      {exported ? <ExportResult {...exported} /> : null}

      {session ? (
        <GovCellGroup>
          <GovCell
            title={busy === 'logout' ? '正在退出…' : '退出登录'}
            onClick={busy ? undefined : () => void runLogout()}
          />
        </GovCellGroup>
      ) : null}
      <StaffEntry />
    </>
  )
}
