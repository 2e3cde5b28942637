/** H5: rewrites the address in place, keeping the router's history state. */
export function replacePageQuery(path: string, queryString: string): void {
  if (typeof window === 'undefined') return
  const next = queryString ? `${path}?${queryString}` : path
  const current = `${window.location.pathname}${window.location.search}`
  if (current === next) return
  window.history.replaceState(window.history.state, '', next)
}
