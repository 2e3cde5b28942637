/** H5 (browser router): the address bar is the truth, query included; `/` is the home tab. */
export function currentRoute(): string {
  const { pathname, search } = window.location
  const path = pathname === '/' || pathname === '' ? '/pages/index/index' : pathname
  const query = new URLSearchParams(search)
  query.delete('stamp')
  query.delete('$taroTimestamp')
  const rest = query.toString()
  return rest ? `${path}?${rest}` : path
}
