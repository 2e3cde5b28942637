import Taro from '@tarojs/taro'
import type { Session, WechatLoginBody } from '../../../../types/auth'
import { residentSession } from '../../../lib/auth/session'
import { http } from '../../../lib/http/client'

/**
 * weapp: `Taro.login()` gives a one-time code; POST /api/auth/wechat exchanges it (code2session on the server) for a
 * session, which is stored. `consentVersion` is the privacy notice version the resident agreed to; the server records
 * the consent with the session.
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/open-api/login/wx.login.html
 */
export async function loginWithWechat(consentVersion: string): Promise<Session> {
  const { code } = await Taro.login()
  const body: WechatLoginBody = { code, consentVersion }
  const { data } = await http.post<Session>('/api/auth/wechat', body, { tokenFor: 'none' })
  residentSession.set(data)
  return data
}
