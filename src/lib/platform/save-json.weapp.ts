import Taro from '@tarojs/taro'
import type { SaveJsonResult } from './save-json'

/** weapp: copies the JSON to the clipboard; the page shows a summary beside it. */
export async function saveJson(_fileName: string, data: unknown): Promise<SaveJsonResult> {
  await Taro.setClipboardData({ data: JSON.stringify(data, null, 2) })
  return 'copied'
}
