import AxeBuilder from '@axe-core/playwright'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'

/** The two sizes every journey is walked at: a phone in portrait and a desktop browser. */
export const viewports = {
  phone: { width: 375, height: 812 },
  desktop: { width: 1280, height: 800 },
} as const

export type ViewportName = keyof typeof viewports

/**
 * Launches Debian's Chromium headless with the flags this machine needs. Playwright gives every launch a fresh
 * temporary profile of its own, which it removes on close.
 * @see docs/design.md §4 — without the background-networking flags Chromium's connections are refused.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** Closes the browser (and with it its temporary profile). */
export async function closeBrowser(browser: Browser | undefined): Promise<void> {
  await browser?.close()
}

/**
 * A fresh context (no storage) at a named viewport. Phone contexts have touch and a mobile user agent,
 * desktop contexts have neither, so mouse-only submission is really exercised.
 */
export async function newContext(browser: Browser, name: ViewportName): Promise<BrowserContext> {
  const phone = name === 'phone'
  return browser.newContext({
    viewport: viewports[name],
    hasTouch: phone,
    isMobile: phone,
    locale: 'zh-CN',
    userAgent: phone
      ? 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148'
      : undefined,
  })
}

/**
 * Collects page errors and console errors, each with the URL it came from, so a journey can assert the page ran clean.
 * Left out: the browser's own /favicon.ico request (the app has no favicon yet and the static server answers 404; no
 * page code makes it) and, with `expected404`, the console line Chromium prints for a response the journey expects to
 * be 404 (a URL ending in `expected404`).
 */
export function watchErrors(page: Page, options: { expected404?: string } = {}): string[] {
  const { expected404 } = options
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
  page.on('console', (m) => {
    const where = m.location().url
    if (m.type() !== 'error' || where.endsWith('/favicon.ico')) return
    if (expected404 && where.endsWith(expected404) && m.text().includes('404')) return
    errors.push(`console: ${m.text()} (${where})`)
  })
  return errors
}

/**
 * Also records every HTTP answer of 400 or more the page receives (`404 GET /api/items/x`), into the same list as
 * {@link watchErrors}: a journey that meets an unexpected 4xx/5xx fails even when the page hides it. The browser's own
 * /favicon.ico request is left out, and so are answers whose path ends in one of `expected`.
 */
export function watchFailedAnswers(page: Page, errors: string[], expected: string[] = []): string[] {
  page.on('response', (r) => {
    const where = new URL(r.url()).pathname
    if (r.status() < 400 || where === '/favicon.ico' || expected.some((e) => where.endsWith(e))) return
    errors.push(`${r.status()} ${r.request().method()} ${where}`)
  })
  return errors
}

/**
 * Runs axe on the current page and returns the serious and critical violations, formatted for a failing assertion.
 * Requires a page from `browser.newContext()` (docs/design.md §4).
 */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/**
 * Expects no serious or critical axe violations on the current page. `where` names the step in the failure output
 * (`{ where, violations }`), for journeys that check many pages in one test.
 */
export async function expectAccessible(page: Page, where?: string): Promise<void> {
  const violations = await seriousA11yViolations(page)
  if (where === undefined) expect(violations).toEqual([])
  else expect({ where, violations }).toEqual({ where, violations: [] })
}
