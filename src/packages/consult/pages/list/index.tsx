import { GovNotice } from '../../../../components/gov-notice'
import { GovPage } from '../../../../components/gov-page'

export default function ConsultListPage() {
  return (
    <GovPage title="征集调查">
      <GovNotice
        title="征集调查即将上线"
        description="征集调查即将上线：政府部门公开征求意见的草案、民意调查和投票将集中在这里，您的意见是否采纳也会公开反馈。"
        points={['阅读征求意见稿并发表意见', '参与民意调查和投票', '查看意见采纳情况']}
      />
    </GovPage>
  )
}
