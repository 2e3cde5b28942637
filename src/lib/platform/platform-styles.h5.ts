// H5: centred column and phone proportions on desktop screens; no router title row before the first page.
import '../../styles/desktop.scss'
import '../../styles/h5-shell.scss'

// Taro's H5 tab bar items are `<a href="javascript:;">` with a click handler. Following that href is a javascript:
// navigation, which the CSP (no 'unsafe-inline' for scripts, server/plugins/security.ts) blocks with a console error
// on every tab switch. The href does nothing anyway: cancel it here; the tab bar's own handler still runs.
document.addEventListener(
  'click',
  (event) => {
    const target = event.target as Element | null
    if (target?.closest?.('a[href^="javascript:"]')) event.preventDefault()
  },
  true,
)
