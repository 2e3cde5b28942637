/**
 * First-screen data: the server answers the API reads a page's first screen needs while it sends the page's HTML,
 * and embeds the answers as `<script type="application/json" id="yz-first-screen">{ key: body }</script>` (not
 * executable, so the CSP needs no 'unsafe-inline'). The H5 client answers those reads from it once, without the
 * network. Plain code with no TypeBox import, so the client imports it as a value; server and client build keys
 * with the same function, so they cannot drift apart.
 */

/** The id of the embedded `<script type="application/json">`. */
export const FIRST_SCREEN_ELEMENT_ID = 'yz-first-screen'

/**
 * The key of one GET: its path and its query parameters sorted by name (and decoded, then encoded the one way),
 * so `/api/items?q=公积金&page=1` and `/api/items?page=1&q=%E5%85%AC%E7%A7%AF%E9%87%91` are the same read.
 * `url` is a path with an optional query, or an absolute URL (its origin is ignored).
 */
export function firstScreenKey(url: string): string {
  const parsed = new URL(url, 'http://first-screen.invalid')
  const params = [...parsed.searchParams.entries()]
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
  return params.length ? `${parsed.pathname}?${params.join('&')}` : parsed.pathname
}

/** The embedded answers: key of the GET → its JSON body (200 answers only). */
export type FirstScreenData = Record<string, unknown>
