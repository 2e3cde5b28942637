import type { FastifyInstance, FastifyRequest } from 'fastify'
import { FIRST_SCREEN_ELEMENT_ID, type FirstScreenData, firstScreenKey } from '../../types/first-screen'

/** The search parameters of the 办事 page the API's search takes as they are (see src/.../search-query.ts). */
const SEARCH_PARAMS = ['q', 'department', 'level', 'district', 'audience', 'online'] as const
/** Results per page of the 办事 list (SEARCH_PAGE_SIZE of the client). */
const SEARCH_PAGE_SIZE = '30'
/** A page is never held up longer than this for its data; the client then asks for it itself. */
const FIRST_SCREEN_BUDGET_MS = 400

const HOME_READS = ['/api/catalogue/stats', '/api/items/hot?limit=6', '/api/themes']

/**
 * The public, anonymous API reads a page's first screen makes, by page path (the H5 app's browser-mode routes).
 * Only reads that are the same for every resident belong here: the answers are made without the resident's token.
 */
export function firstScreenReads(pathname: string, query: URLSearchParams): string[] {
  switch (pathname) {
    case '/':
    case '/pages/index/index':
      return HOME_READS
    case '/pages/services/index': {
      const search = new URLSearchParams()
      for (const name of SEARCH_PARAMS) {
        const value = query.get(name)?.trim()
        if (value) search.set(name, name === 'online' ? '1' : value)
      }
      search.set('page', '1')
      search.set('pageSize', SEARCH_PAGE_SIZE)
      return ['/api/search/hot', `/api/items?${search}`]
    }
    case '/packages/guide/pages/item/index': {
      const code = query.get('code')
      return code ? [`/api/items/${encodeURIComponent(code)}`] : []
    }
    default:
      return []
  }
}

/** JSON that cannot end the `<script>` element it sits in, whatever the data says. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/**
 * Answers the page's first-screen reads in-process (`inject`, as the same client address, so rate limits count
 * them as the browser's own requests would be counted) and returns the `<script type="application/json">` to embed,
 * or '' when the page needs none. A read that fails or is slower than the budget is left out: the client then asks
 * for it the ordinary way and shows its own loading and error states.
 */
export async function firstScreenScript(app: FastifyInstance, request: FastifyRequest): Promise<string> {
  const url = new URL(request.url, 'http://page.invalid')
  const reads = firstScreenReads(url.pathname, url.searchParams)
  if (reads.length === 0) return ''
  const data: FirstScreenData = {}
  let timer: ReturnType<typeof setTimeout> | undefined
  const budget = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, FIRST_SCREEN_BUDGET_MS)
  })
  const answers = Promise.all(
    reads.map(async (read) => {
      const res = await app.inject({
        method: 'GET',
        url: read,
        remoteAddress: request.ip,
        headers: { accept: 'application/json' },
      })
      if (res.statusCode === 200) data[firstScreenKey(read)] = res.json()
    }),
  ).catch(() => undefined)
  await Promise.race([answers, budget])
  clearTimeout(timer)
  if (Object.keys(data).length === 0) return ''
  return `<script type="application/json" id="${FIRST_SCREEN_ELEMENT_ID}">${scriptSafeJson(data)}</script>`
}
