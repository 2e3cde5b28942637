import { GovNotice } from '../../../../components/gov-notice'
import { GovPage } from '../../../../components/gov-page'
import { GovPhoneLink } from '../../../../components/gov-phone-link'

export default function HotlineSubmitPage() {
  return (
    <GovPage title="提交 12345 工单">
      <GovNotice
        title="网上提交 12345 工单即将上线"
        description="您将可以在这里写下诉求、附上照片和位置，提交后获得工单编号并跟踪办理进度。"
        points={['选择诉求类别，草稿自动保存', '上传现场照片、标注位置', '提交后获得工单编号，办结后评价']}
      >
        <GovPhoneLink phone="12345" block>
          现在就拨打 12345
        </GovPhoneLink>
      </GovNotice>
    </GovPage>
  )
}
