/**
 * 长辈版 follows WeChat's font size: at 关怀模式 size (fontSizeSetting ≥ 20, src/lib/elder-mode) it is on by itself on
 * every page; at the default size it is off; a resident's own choice in 我的 beats the automatic one.
 */
import { KEYS, stored } from './harness/fixtures'
import { renderPage } from './harness/render-page'

const elderOn = (page: { query(s: string): Element | null }) =>
  page.query('.gov-page')?.className.split(/\s+/).includes('gov-elder') ?? false

describe('长辈版 from WeChat’s font size', () => {
  it('at care-mode size, 我的 shows 长辈版 on, switched on automatically', async () => {
    const page = await renderPage('pages/me/index', { systemInfo: { fontSizeSetting: 22 } })
    expect(elderOn(page)).toBe(true)
    expect(page.query('.nut-switch')?.className).not.toContain('nut-switch-close')
    expect(page.text()).toContain('已按微信字体设置自动开启')
  })

  it.each(['pages/index/index', 'pages/services/index', 'pages/hotline/index', 'packages/account/pages/login/index'])(
    'at care-mode size, %s is drawn in 长辈版 too',
    async (route) => {
      const page = await renderPage(route, { systemInfo: { fontSizeSetting: 20 } })
      expect(elderOn(page)).toBe(true)
    },
  )

  it('at WeChat’s default size (17), 长辈版 is off', async () => {
    const page = await renderPage('pages/me/index', { systemInfo: { fontSizeSetting: 17 } })
    expect(elderOn(page)).toBe(false)
    expect(page.query('.nut-switch')?.className).toContain('nut-switch-close')
    expect(page.text()).not.toContain('已按微信字体设置自动开启')
  })

  it('a resident who turned it off by hand keeps it off even at care-mode size', async () => {
    const page = await renderPage('pages/me/index', {
      systemInfo: { fontSizeSetting: 24 },
      storage: stored({ [KEYS.elderMode]: false }),
    })
    expect(elderOn(page)).toBe(false)
    expect(page.query('.nut-switch')?.className).toContain('nut-switch-close')
  })

  it('a resident who turned it on by hand has it at the default size', async () => {
    const page = await renderPage('pages/index/index', {
      systemInfo: { fontSizeSetting: 17 },
      storage: stored({ [KEYS.elderMode]: true }),
    })
    expect(elderOn(page)).toBe(true)
  })
})
