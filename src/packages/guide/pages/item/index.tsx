import { GovNotice } from '../../../../components/gov-notice'
import { GovPage } from '../../../../components/gov-page'
import { GovPhoneLink } from '../../../../components/gov-phone-link'

export default function GuideItemPage() {
  return (
    <GovPage title="办事指南">
      <GovNotice
        title="办事指南即将上线"
        description="每个政务服务事项都将有一份办事指南，办事前就知道要准备什么、去哪里、多久办好。"
        points={['申请材料清单（原件/复印件、份数）', '办理流程、法定时限和承诺时限', '收费标准、办理地点和咨询电话']}
      >
        <GovPhoneLink phone="12345" variant="secondary" block>
          现在咨询：拨打 12345
        </GovPhoneLink>
      </GovNotice>
    </GovPage>
  )
}
