// Lighthouse (mobile preset, the default) on the four H5 pages residents land on, served the way `npm start` serves
// them. Each page runs RUNS times in one Chromium; the median of each number is printed. Numbers, not pass/fail:
// scores move a few points between runs on a shared 2-core machine (docs/design.md §4).

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** The pages of issue #10; the guide is the first 高频事项 the server lists. */
export async function lighthousePages(base) {
  const hot = await (await fetch(`${base}/api/items/hot?limit=1`)).json()
  const code = hot.items?.[0]?.implCode
  if (!code) throw new Error('no 高频事项 to open a 办事指南 with')
  return [
    { name: '首页', url: `${base}/` },
    { name: '办事 ?q=公积金', url: `${base}/pages/services/index?q=${encodeURIComponent('公积金')}` },
    { name: '办事指南', url: `${base}/packages/guide/pages/item/index?code=${encodeURIComponent(code)}` },
    { name: '12345', url: `${base}/pages/hotline/index` },
  ]
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** One Lighthouse run: the numbers of the table, plus what the page's biggest costs were. */
function numbers(lhr) {
  const audit = (id) => lhr.audits[id]
  const items = (id) => audit(id)?.details?.items ?? []
  return {
    perf: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    a11y: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    lcp: audit('largest-contentful-paint').numericValue,
    fcp: audit('first-contentful-paint').numericValue,
    cls: audit('cumulative-layout-shift').numericValue,
    tbt: audit('total-blocking-time').numericValue,
    bytes: audit('total-byte-weight').numericValue,
    requests: items('network-requests').length,
    unusedJs: audit('unused-javascript')?.details?.overallSavingsBytes ?? 0,
    runtimeError: lhr.runtimeError?.message,
  }
}

/**
 * Runs Lighthouse `runs` times on each page and returns the medians per page (and every run, for the curious).
 * `onRun` is told after each run (progress on a slow machine).
 */
export async function benchLighthouse(base, { runs = 3, onRun = () => {}, pages } = {}) {
  const list = pages ?? (await lighthousePages(base))
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
  })
  const results = []
  try {
    for (const page of list) {
      const all = []
      // a run whose trace failed (NO_NAVSTART and the like, seen on a loaded machine) is run again, up to 3 times
      for (let i = 0, failures = 0; i < runs; ) {
        const result = await lighthouse(page.url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
        })
        const n = numbers(result.lhr)
        if (n.runtimeError) {
          if (++failures > 3) throw new Error(`${page.name}: ${n.runtimeError}`)
          continue
        }
        all.push(n)
        i++
        onRun(page, i, n)
      }
      const med = Object.fromEntries(
        ['perf', 'a11y', 'lcp', 'fcp', 'cls', 'tbt', 'bytes', 'requests', 'unusedJs'].map((k) => [
          k,
          median(all.map((r) => r[k])),
        ]),
      )
      results.push({ ...page, median: med, runs: all })
    }
  } finally {
    await chrome.kill()
  }
  return results
}

const kb = (n) => `${(n / 1024).toFixed(0)} KiB`

/** Prints the medians as a Markdown table (pasteable into a note or the README). */
export function printLighthouse(results, runs) {
  console.log(`Lighthouse 12 mobile preset, median of ${runs} runs per page`)
  console.log('| page | perf | a11y | LCP | FCP | CLS | TBT | bytes over the wire | requests | unused JS |')
  console.log('|---|---|---|---|---|---|---|---|---|---|')
  for (const r of results) {
    const m = r.median
    console.log(
      `| ${r.name} | ${m.perf} | ${m.a11y} | ${(m.lcp / 1000).toFixed(2)} s | ${(m.fcp / 1000).toFixed(2)} s | ` +
        `${m.cls.toFixed(3)} | ${Math.round(m.tbt)} ms | ${kb(m.bytes)} | ${m.requests} | ${kb(m.unusedJs)} |`,
    )
  }
}
