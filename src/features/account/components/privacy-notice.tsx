import { useState } from 'react'
import { GovButton } from '../../../components/gov-button'
import { GovError } from '../../../components/gov-error'
import { GovLoading } from '../../../components/gov-loading'
import { goToLogin } from '../../../lib/auth/login-redirect'
import { useSession } from '../../../lib/auth/session'
import { formatDate } from '../../../lib/format'
import { toApiError } from '../../../lib/http/errors'
import { useMe } from '../api/get-me'
import { usePrivacyNotice } from '../api/get-privacy-notice'
import { giveConsent } from '../api/give-consent'
import './account.scss'

/** The privacy notice (GET /api/privacy) with the resident's consent status and a consent button. */
export function PrivacyNotice() {
  const notice = usePrivacyNotice()
  const session = useSession()
  const me = useMe()
  const [consentedVersion, setConsentedVersion] = useState<string | null>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  if (notice.loading) return <GovLoading rows={4} label="正在加载隐私政策…" />
  if (notice.error || !notice.data) {
    return <GovError message={notice.error?.message ?? '隐私政策加载失败'} onRetry={notice.reload} />
  }
  const { version, title, updatedAt, sections } = notice.data
  const agreed = (consentedVersion ?? me.data?.privacyConsentVersion) === version

  async function consent() {
    setBusy(true)
    setError(undefined)
    try {
      const updated = await giveConsent(version)
      setConsentedVersion(updated.privacyConsentVersion)
    } catch (reason) {
      setError(toApiError(reason).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <p className="account-privacy__meta">
        {title}（{version} 版，{formatDate(updatedAt)} 更新）
      </p>
      <section className="account-privacy__consent" aria-label="同意状态">
        {!session ? (
          <>
            <p>登录后可在此记录您对本政策的同意。</p>
            <GovButton variant="secondary" onClick={() => goToLogin()}>
              登录
            </GovButton>
          </>
        ) : agreed ? (
          <p role="status">您已同意本版本隐私政策。</p>
        ) : (
          <>
            <p>您尚未同意本版本隐私政策。</p>
            {error ? (
              <p className="gov-field__error" role="alert">
                {error}
              </p>
            ) : null}
            <GovButton block loading={busy} onClick={() => void consent()}>
              我已阅读并同意
            </GovButton>
          </>
        )}
      </section>
      {sections.map((section) => (
        <section className="account-privacy__section" key={section.heading}>
          <h2>{section.heading}</h2>
          <p>{section.body}</p>
        </section>
      ))}
    </>
  )
}
