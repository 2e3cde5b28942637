import Taro from '@tarojs/taro'
import { goToLogin, LOGIN_PAGE, returnAfterLogin } from '@/lib/auth/login-redirect'

const shim = Taro as unknown as { __setPages(pages: { route: string }[]): void }
const FAVOURITES = '/packages/guide/pages/favourites/index'
const HOME = { route: 'pages/index/index' }
const favourites = { route: 'packages/guide/pages/favourites/index' }
const login = { route: 'packages/account/pages/login/index' }

async function openLoginFrom(stack: { route: string }[], returnTo: string) {
  shim.__setPages(stack)
  goToLogin(LOGIN_PAGE, returnTo)
  await Promise.resolve()
  await Promise.resolve()
}

test('login opened on top of the page: after login one step back, not a second copy of the page', async () => {
  const back = jest.spyOn(Taro, 'navigateBack')
  const redirect = jest.spyOn(Taro, 'redirectTo')
  await openLoginFrom([HOME, favourites], FAVOURITES)
  shim.__setPages([HOME, favourites, login])
  returnAfterLogin()
  expect(back).toHaveBeenCalledWith({ delta: 1 })
  expect(redirect).not.toHaveBeenCalled()
})

test('when the stack is not login-on-top-of-the-page (reload, or reached another way) the page is opened in its place', async () => {
  const back = jest.spyOn(Taro, 'navigateBack')
  const redirect = jest.spyOn(Taro, 'redirectTo')
  await openLoginFrom([HOME, favourites], FAVOURITES)
  // a reload on the login page: the stack is just the login page
  shim.__setPages([login])
  returnAfterLogin()
  expect(redirect).toHaveBeenCalledWith({ url: FAVOURITES })
  expect(back).not.toHaveBeenCalled()

  // the remembered page and stack depth are used once: a second login without goToLogin goes to 我的
  const tab = jest.spyOn(Taro, 'switchTab')
  shim.__setPages([HOME, favourites, login])
  returnAfterLogin()
  expect(back).not.toHaveBeenCalled()
  expect(tab).toHaveBeenCalledWith({ url: '/pages/me/index' })
})

test('a tab page is returned to by switchTab', async () => {
  const tab = jest.spyOn(Taro, 'switchTab')
  const back = jest.spyOn(Taro, 'navigateBack')
  await openLoginFrom([{ route: 'pages/me/index' }], '/pages/me/index')
  shim.__setPages([{ route: 'pages/me/index' }, login])
  returnAfterLogin()
  expect(tab).toHaveBeenCalledWith({ url: '/pages/me/index' })
  expect(back).not.toHaveBeenCalled()
})
