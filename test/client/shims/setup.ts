// Each test starts from empty storage, no login, and the home page on top of the stack.
// (长辈版 is not imported here: its suite mocks a module it depends on, which must happen before its first import.)
import Taro from '@tarojs/taro'

beforeEach(() => {
  localStorage.clear()
  ;(Taro as unknown as { __setPages(p: unknown[]): void }).__setPages([{ route: 'pages/index/index' }])
})

import { residentSession, staffSession } from '../../../src/lib/auth/session'

beforeEach(() => {
  residentSession.clear()
  staffSession.clear()
})
