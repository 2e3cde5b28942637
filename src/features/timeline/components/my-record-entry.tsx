import Taro from '@tarojs/taro'
import { GovCell } from '../../../components/gov-cell'
import { TIMELINE_PAGE } from '../model/routes'

/** The 办事记录 row of 我的 (composed there by the tab page). */
export function MyRecordEntry() {
  return (
    <GovCell
      title="办事记录"
      description="办过的事和办理进度，一处查看"
      onClick={() => void Taro.navigateTo({ url: TIMELINE_PAGE })}
    />
  )
}
