import Taro from '@tarojs/taro'
import type { ConfirmOptions } from './confirm'

/** weapp: WeChat's modal with a red confirm button. */
export async function confirmAction({ title, content, confirmText }: ConfirmOptions): Promise<boolean> {
  const answer = await Taro.showModal({ title, content, confirmText, confirmColor: '#b71c1c', cancelText: '取消' })
  return answer.confirm
}
