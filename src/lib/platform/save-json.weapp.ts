import Taro from '@tarojs/taro'
import { ApiError } from '../http/errors'
import { confirmAction } from './confirm'
import type { SaveJsonResult } from './save-json'

/** Writes `text` to `filePath` in the mini-program's own user folder. */
function writeFile(filePath: string, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().writeFile({
      filePath,
      data: text,
      encoding: 'utf8',
      success: () => resolve(),
      fail: (err) => reject(new Error(`数据文件未能保存：${err.errMsg}`)),
    })
  })
}

/** Removes the folder copy: once sent, the data lives only in the chat the resident chose. */
function removeFile(filePath: string): void {
  Taro.getFileSystemManager().unlink({ filePath, fail: () => undefined })
}

/**
 * weapp: writes the JSON as `fileName` under `wx.env.USER_DATA_PATH`, says what it holds, and on 发送 opens WeChat's
 * chat picker to send the file (`Taro.shareFileMessage`, allowed only right after a tap: the modal's button is that
 * tap, the export request before it is not). Never the clipboard.
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/share/wx.shareFileMessage.html
 */
export async function saveJson(fileName: string, data: unknown): Promise<SaveJsonResult> {
  const filePath = `${Taro.env.USER_DATA_PATH}/${fileName}`
  await writeFile(filePath, JSON.stringify(data, null, 2))
  try {
    const send = await confirmAction({
      title: '发送数据文件',
      content: '数据文件已生成，含完整的手机号和地址。点“发送”，选择微信聊天（如“文件传输助手”）保存。',
      confirmText: '发送',
    })
    if (!send) return 'not-shared'
    await Taro.shareFileMessage({ filePath, fileName })
    return 'shared'
  } catch (error) {
    if (/cancel/i.test(String((error as { errMsg?: string })?.errMsg ?? ''))) return 'not-shared'
    // An ApiError so the page shows this text as it is (pages show `toApiError(error).message`).
    throw new ApiError('UNKNOWN', '无法发送数据文件，请更新微信后重试，或在网页版导出', 0)
  } finally {
    removeFile(filePath)
  }
}
