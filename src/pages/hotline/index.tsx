import { GovNotice } from '../../components/gov-notice'
import { GovPage } from '../../components/gov-page'
import { GovPhoneLink } from '../../components/gov-phone-link'

export default function HotlinePage() {
  return (
    <GovPage title="12345 热线">
      <GovNotice
        title="网上提交 12345 工单即将上线"
        description="您将可以在这里向 12345 政务服务便民热线提交咨询、求助、投诉和建议，并跟踪办理进度。"
        points={[
          '填写诉求、上传照片、标注位置，草稿自动保存',
          '提交后获得工单编号，随时查看办理进度',
          '办结后对办理结果进行评价',
        ]}
      >
        <GovPhoneLink phone="12345" block>
          现在就拨打 12345（7×24 小时）
        </GovPhoneLink>
      </GovNotice>
    </GovPage>
  )
}
