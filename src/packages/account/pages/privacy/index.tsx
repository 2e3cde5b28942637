import { GovPage } from '../../../../components/gov-page'
import { PrivacyNotice } from '../../../../features/account/components/privacy-notice'

export default function PrivacyPage() {
  return (
    <GovPage title="隐私政策">
      <PrivacyNotice />
    </GovPage>
  )
}
