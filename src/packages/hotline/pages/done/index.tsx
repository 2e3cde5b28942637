import { useRouter } from '@tarojs/taro'
import { GovPage } from '../../../../components/gov-page'
import { Confirmation } from '../../../../features/hotline/components/confirmation'

export default function HotlineDonePage() {
  const { params } = useRouter()
  return (
    <GovPage title="诉求已提交">
      <Confirmation ticketRef={decodeURIComponent(params.ref ?? '')} />
    </GovPage>
  )
}
