import { GovNotice } from '../../components/gov-notice'
import { GovPage } from '../../components/gov-page'
import { GovPhoneLink } from '../../components/gov-phone-link'

export default function ServicesPage() {
  return (
    <GovPage title="办事">
      <GovNotice
        title="“不见面”办事事项即将上线"
        description="这里将列出扬州市可以在网上办理的政务服务事项，按部门和主题分类，并支持搜索。"
        points={[
          '按名称或俗称搜索事项，如“社保卡”“居住证”',
          '查看每个事项的办事指南：材料、流程、时限、费用',
          '标明是否全程网办、是否需要到窗口',
        ]}
      >
        <GovPhoneLink phone="12345" variant="secondary" block>
          现在咨询：拨打 12345
        </GovPhoneLink>
      </GovNotice>
    </GovPage>
  )
}
