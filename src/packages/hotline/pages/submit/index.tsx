import { useRouter } from '@tarojs/taro'
import { GovPage } from '../../../../components/gov-page'
import { SubmitFlow } from '../../../../features/hotline/components/submit-flow'
import type { TicketType } from '../../../../features/hotline/model/contract'

export default function HotlineSubmitPage() {
  const { params } = useRouter()
  const text = params.q ? decodeURIComponent(params.q) : undefined
  const type = params.type ? (decodeURIComponent(params.type) as TicketType) : undefined
  return (
    <GovPage title="我要反映">
      <SubmitFlow prefill={{ type, text }} />
    </GovPage>
  )
}
