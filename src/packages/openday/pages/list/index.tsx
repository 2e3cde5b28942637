import { GovNotice } from '../../../../components/gov-notice'
import { GovPage } from '../../../../components/gov-page'

export default function OpenDayListPage() {
  return (
    <GovPage title="政府开放日">
      <GovNotice
        title="政府开放日报名即将上线"
        description="政府开放日报名即将上线：您将可以查看各部门的开放日活动，在线报名参观，名额有限、先到先得。"
        points={['查看活动时间、地点、内容和剩余名额', '在线报名，报名成功后获得凭证', '活动前提醒，可随时取消报名']}
      />
    </GovPage>
  )
}
