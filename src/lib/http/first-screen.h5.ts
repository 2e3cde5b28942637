import { FIRST_SCREEN_ELEMENT_ID, type FirstScreenData, firstScreenKey } from '../../../types/first-screen'

/** Embedded answers older than this are not used: they are for the first screen, not for a page opened later. */
const FIRST_SCREEN_MAX_AGE_MS = 60_000

let embedded: FirstScreenData | undefined

function read(): FirstScreenData {
  if (embedded) return embedded
  embedded = {}
  const element = document.getElementById(FIRST_SCREEN_ELEMENT_ID)
  if (element?.textContent) {
    try {
      embedded = JSON.parse(element.textContent) as FirstScreenData
    } catch {
      // a broken embed only costs the requests it would have saved
    }
  }
  return embedded
}

/**
 * The answer the server embedded in the page for this GET (see types/first-screen.ts), once: the entry is removed,
 * so a retry, a pull-to-refresh or the page opened again asks the API. `undefined` when there is none, or when the
 * page has been open for longer than a first screen takes.
 */
export function takeFirstScreen(url: string): { data: unknown } | undefined {
  const data = read()
  if (performance.now() > FIRST_SCREEN_MAX_AGE_MS) return undefined
  const key = firstScreenKey(url)
  if (!(key in data)) return undefined
  const value = data[key]
  delete data[key]
  return { data: value }
}
