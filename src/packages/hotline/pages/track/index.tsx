import { useRouter } from '@tarojs/taro'
import { GovPage } from '../../../../components/gov-page'
import { TrackedTicket } from '../../../../features/hotline/components/ticket-details'

export default function HotlineTrackPage() {
  const { params } = useRouter()
  return (
    <GovPage title="办理进度查询">
      <TrackedTicket
        ticketRef={decodeURIComponent(params.ref ?? '')}
        token={decodeURIComponent(params.t ?? '')}
        followed={params.followed === '1'}
      />
    </GovPage>
  )
}
