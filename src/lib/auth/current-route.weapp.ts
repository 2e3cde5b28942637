import Taro from '@tarojs/taro'

/** weapp: the top of the page stack, with the options it was opened with. */
export function currentRoute(): string {
  const pages = Taro.getCurrentPages()
  const top = pages[pages.length - 1] as { route?: string; options?: Record<string, string> } | undefined
  if (!top?.route) return '/pages/me/index'
  const path = top.route.startsWith('/') ? top.route : `/${top.route}`
  const query = Object.entries(top.options ?? {})
    .filter(([k]) => k !== 'stamp' && k !== '$taroTimestamp')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&')
  return query ? `${path}?${query}` : path
}
