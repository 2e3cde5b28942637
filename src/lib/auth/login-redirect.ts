import Taro from '@tarojs/taro'
import { readStored, removeStored, STORAGE_KEYS, writeStored } from '../storage'
import { currentRoute } from './current-route'

/** Where the resident logs in. */
export const LOGIN_PAGE = '/packages/account/pages/login/index'
/** Where staff log in. */
export const STAFF_LOGIN_PAGE = '/packages/staff/pages/login/index'

const TAB_PAGES = ['/pages/index/index', '/pages/services/index', '/pages/hotline/index', '/pages/me/index']

/**
 * Sends the user to a login page, remembering where they were so {@link returnAfterLogin} can bring them back.
 * Does nothing when they are already on that login page.
 */
export function goToLogin(loginPage: string = LOGIN_PAGE, returnTo: string = currentRoute()): void {
  if (returnTo.split('?')[0] === loginPage) return
  writeStored(STORAGE_KEYS.loginReturnTo, returnTo)
  void Taro.navigateTo({ url: loginPage }).catch(() => Taro.redirectTo({ url: loginPage }))
}

/** After a successful login: back to the remembered page (tab pages by switchTab), else to 我的. */
export function returnAfterLogin(fallback = '/pages/me/index'): void {
  const target = readStored<string>(STORAGE_KEYS.loginReturnTo) ?? fallback
  removeStored(STORAGE_KEYS.loginReturnTo)
  const path = target.split('?')[0]
  if (TAB_PAGES.includes(path)) void Taro.switchTab({ url: path })
  else void Taro.redirectTo({ url: target })
}
