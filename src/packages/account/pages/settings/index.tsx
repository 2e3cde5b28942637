import { GovNotice } from '../../../../components/gov-notice'
import { GovPage } from '../../../../components/gov-page'

export default function SettingsPage() {
  return (
    <GovPage title="账号设置">
      <GovNotice
        title="账号设置即将上线"
        description="您将可以在这里修改昵称、绑定或更换手机号、管理消息提醒。长辈版开关已在“我的”页面提供。"
        points={['修改昵称', '绑定或更换手机号', '订阅办理进度提醒']}
      />
    </GovPage>
  )
}
