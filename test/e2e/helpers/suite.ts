import type { Browser } from 'playwright-core'
import { closeBrowser, launchBrowser } from './browser'
import { type RunningServer, startServer } from './server'

/** The running server and browser of one e2e file, readable once its `beforeAll` has run. */
export interface E2ESuite {
  readonly server: RunningServer
  readonly browser: Browser
}

/**
 * The lifecycle every e2e file shares: `beforeAll` starts the real server (`env` is added to its environment, e.g.
 * `STATIC_DIR`) and launches Chromium; `afterAll` closes both. Call it at the top level of a test file.
 */
export function e2eSuite(env: Record<string, string> = {}): E2ESuite {
  let server: RunningServer | undefined
  let browser: Browser | undefined

  beforeAll(async () => {
    server = await startServer(env)
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await closeBrowser(browser)
    await server?.stop()
  })

  return {
    get server() {
      if (!server) throw new Error('e2eSuite: the server is not running (used outside a test, or beforeAll failed)')
      return server
    },
    get browser() {
      if (!browser) throw new Error('e2eSuite: the browser is not running (used outside a test, or beforeAll failed)')
      return browser
    },
  }
}
