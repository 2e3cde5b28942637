/**
 * 导出我的数据 on weapp: the full, unmasked export (phone, addresses) used to go to the system clipboard, where every
 * app can read it. Now it is written as a file to the mini-program's own user folder, sent with WeChat's 发送给朋友
 * after the resident taps 发送 (shareFileMessage needs that tap), and the folder copy is removed — never the clipboard.
 */
import Taro from '@tarojs/taro'
import { ApiError } from '../../src/lib/http/errors'
import { saveJson } from '../../src/lib/platform/save-json.weapp'

// The weapp build resolves `./confirm` to the WeChat modal; the client project would pick the H5 browser dialog.
jest.mock('../../src/lib/platform/confirm', () => jest.requireActual('../../src/lib/platform/confirm.weapp'))

type Callbacks = { success?: () => void; fail?: (err: { errMsg: string }) => void }

/** A fake of the wx file system and share APIs; the files live in a Map. */
function fakeWx(opts: { send: boolean; shareError?: string }) {
  const files = new Map<string, string>()
  const sent: { filePath: string; fileName: string; text: string | undefined }[] = []
  const clipboard = jest.spyOn(Taro, 'setClipboardData')
  const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: opts.send, cancel: !opts.send } as never)
  Object.assign(Taro, {
    env: { USER_DATA_PATH: 'wxfile://usr' },
    getFileSystemManager: () => ({
      writeFile: ({ filePath, data, success }: { filePath: string; data: string } & Callbacks) => {
        files.set(filePath, data)
        setTimeout(() => success?.(), 0)
      },
      unlink: ({ filePath }: { filePath: string }) => files.delete(filePath),
    }),
    shareFileMessage: async ({ filePath, fileName }: { filePath: string; fileName: string }) => {
      if (opts.shareError) throw { errMsg: opts.shareError }
      sent.push({ filePath, fileName, text: files.get(filePath) })
      return { errMsg: 'shareFileMessage:ok' }
    },
  })
  return { files, sent, clipboard, modal }
}

const FILE = '扬州政务服务-我的数据-2026-11-27.json'
const DATA = { user: { phone: '13812345678' }, addresses: ['广陵区文昌中路 1 号'] }

test('writes the file to USER_DATA_PATH, sends it after 发送 and keeps no copy; nothing on the clipboard', async () => {
  const wx = fakeWx({ send: true })
  await expect(saveJson(FILE, DATA)).resolves.toBe('shared')
  expect(wx.sent).toEqual([{ filePath: `wxfile://usr/${FILE}`, fileName: FILE, text: JSON.stringify(DATA, null, 2) }])
  expect(wx.modal).toHaveBeenCalledWith(expect.objectContaining({ title: '发送数据文件', confirmText: '发送' }))
  expect(wx.files.size).toBe(0)
  expect(wx.clipboard).not.toHaveBeenCalled()
})

test('取消 in the modal or in the chat picker sends nothing and removes the file', async () => {
  let wx = fakeWx({ send: false })
  await expect(saveJson(FILE, DATA)).resolves.toBe('not-shared')
  expect(wx.sent).toEqual([])
  expect(wx.files.size).toBe(0)

  wx = fakeWx({ send: true, shareError: 'shareFileMessage:fail cancel' })
  await expect(saveJson(FILE, DATA)).resolves.toBe('not-shared')
  expect(wx.files.size).toBe(0)
})

test('a WeChat that cannot send files gets a Chinese message, and the file is removed', async () => {
  const wx = fakeWx({ send: true, shareError: 'shareFileMessage:fail not supported' })
  const error = await saveJson(FILE, DATA).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ApiError)
  expect((error as ApiError).message).toBe('无法发送数据文件，请更新微信后重试，或在网页版导出')
  expect(wx.files.size).toBe(0)
  expect(wx.clipboard).not.toHaveBeenCalled()
})
