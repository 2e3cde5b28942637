import Taro from '@tarojs/taro'
import { GovCell } from '../../../components/gov-cell'
import { MINE_PAGE } from '../model/routes'

/** The 我的工单 row of 我的 (composed there by the tab page). */
export function MyTicketsEntry() {
  return (
    <GovCell
      title="我的工单"
      description="12345 反映的问题和办理进度"
      onClick={() => void Taro.navigateTo({ url: MINE_PAGE })}
    />
  )
}
