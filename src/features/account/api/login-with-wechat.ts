import Taro from '@tarojs/taro'
import type { Session } from '../../../../types/auth'
import { residentSession } from '../../../lib/auth/session'
import { http } from '../../../lib/http/client'

/**
 * weapp: `Taro.login()` gives a one-time code; POST /api/auth/wechat exchanges it (code2session on the server) for a
 * session, which is stored.
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/open-api/login/wx.login.html
 */
export async function loginWithWechat(): Promise<Session> {
  const { code } = await Taro.login()
  const { data } = await http.post<Session>('/api/auth/wechat', { code }, { tokenFor: 'none' })
  residentSession.set(data)
  return data
}
