/**
 * `@tarojs/taro` for pages with the virtualised list (办事): the shared shim plus a selector query that measures
 * nothing, a 375×812 window and no-op page scroll / share hooks. Use as
 * `jest.mock('@tarojs/taro', () => jest.requireActual('./shims/taro-list-page.ts'))` (a path relative to the test).
 */
// requireActual: '@tarojs/taro' maps to ./taro.ts, which the test's jest.mock replaces with this very module.
const shim = jest.requireActual('./taro.ts')

const chain = {
  select: () => chain,
  boundingClientRect: () => chain,
  selectViewport: () => chain,
  scrollOffset: () => chain,
  exec: () => {},
}

const taro = {
  ...shim.default,
  createSelectorQuery: () => chain,
  getWindowInfo: () => ({ windowWidth: 375, windowHeight: 812 }),
}

module.exports = { __esModule: true, ...shim, default: taro, usePageScroll: () => {}, useShareAppMessage: () => {} }
