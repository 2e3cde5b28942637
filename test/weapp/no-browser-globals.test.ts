/**
 * @jest-environment node
 *
 * The cheap guard: every page of dist/weapp boots and renders in a JS context that has only what WeChat's
 * app-service context has. H5-only code (window, document, XMLHttpRequest, fetch, Buffer, process…) leaking into the
 * weapp bundle passes every jsdom-based test but breaks the real mini-program; here it fails.
 */
import { BROWSER_GLOBALS, bootInVm } from './harness/boot-in-vm'
import { allRoutes } from './harness/dist'

describe('dist/weapp without browser or Node globals', () => {
  it.each(allRoutes())('%s boots, renders text and touches no browser global', async (route) => {
    const result = await bootInVm(route)
    expect(result.errors).toEqual([])
    expect(result.browserGlobals).toEqual([])
    expect(result.setDataCalls).toBeGreaterThan(0)
    expect(result.text.trim().length).toBeGreaterThan(0)
  })

  it('the context really lacks the browser globals it guards against', async () => {
    const result = await bootInVm('pages/index/index')
    expect(result.browserGlobals).toEqual([])
    expect(BROWSER_GLOBALS).toEqual(
      expect.arrayContaining(['window', 'document', 'XMLHttpRequest', 'fetch', 'Buffer', 'process']),
    )
  })
})
