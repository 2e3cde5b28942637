import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { GovPage } from '../../components/gov-page'
import { ServicesSearch } from '../../features/catalogue/components/services-search'
import { searchFromQuery } from '../../features/catalogue/model/search-query'

export default function ServicesPage() {
  const router = useRouter()
  // The search the page was opened with: from the URL on H5, from the share path / page query on weapp.
  const [initial] = useState(() => searchFromQuery(router.params ?? {}))
  return (
    <GovPage title="办事">
      <ServicesSearch initial={initial} />
    </GovPage>
  )
}
