import Taro from '@tarojs/taro'
import { readStored, removeStored, STORAGE_KEYS, writeStored } from '../storage'
import { currentRoute } from './current-route'

/** Where the resident logs in. */
export const LOGIN_PAGE = '/packages/account/pages/login/index'
/** Where staff log in. */
export const STAFF_LOGIN_PAGE = '/packages/staff/pages/login/index'

const TAB_PAGES = ['/pages/index/index', '/pages/services/index', '/pages/hotline/index', '/pages/me/index']

/**
 * How deep the page stack was when login was opened on top of the page to return to (null: not opened that way, or
 * the stack was lost with a reload). Memory, not storage, because the stack itself lives in memory.
 */
let openedAbove: number | null = null

/**
 * Sends the user to a login page, remembering where they were so {@link returnAfterLogin} can bring them back.
 * Does nothing when they are already on that login page.
 */
export function goToLogin(loginPage: string = LOGIN_PAGE, returnTo: string = currentRoute()): void {
  if (returnTo.split('?')[0] === loginPage) return
  writeStored(STORAGE_KEYS.loginReturnTo, returnTo)
  const depth = Taro.getCurrentPages().length
  void Taro.navigateTo({ url: loginPage }).then(
    () => {
      openedAbove = depth
    },
    () => {
      openedAbove = null
      return Taro.redirectTo({ url: loginPage })
    },
  )
}

/**
 * After a successful login: back to the remembered page. When login sits right on top of it, that is one step back
 * (the page re-renders logged in, and the back button does not lead to a logged-out copy of it); otherwise tab pages
 * by switchTab, other pages by redirectTo, and 我的 when nothing was remembered.
 */
export function returnAfterLogin(fallback = '/pages/me/index'): void {
  const target = readStored<string>(STORAGE_KEYS.loginReturnTo) ?? fallback
  removeStored(STORAGE_KEYS.loginReturnTo)
  const above = openedAbove
  openedAbove = null
  const path = target.split('?')[0]
  if (TAB_PAGES.includes(path)) void Taro.switchTab({ url: path })
  else if (above !== null && above > 0 && Taro.getCurrentPages().length === above + 1)
    void Taro.navigateBack({ delta: 1 })
  else void Taro.redirectTo({ url: target })
}
