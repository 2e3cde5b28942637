/** Pages of the 12345 feature (subpackage `packages/hotline`, plus the tab). */
export const HOTLINE_TAB = '/pages/hotline/index'
export const SUBMIT_PAGE = '/packages/hotline/pages/submit/index'
export const DONE_PAGE = '/packages/hotline/pages/done/index'
export const TICKET_PAGE = '/packages/hotline/pages/ticket/index'
export const TRACK_PAGE = '/packages/hotline/pages/track/index'
export const MINE_PAGE = '/packages/hotline/pages/mine/index'

/** The public tracking link of a ticket (works logged out, from a bookmark or a WeChat share card). */
export function trackPath(ref: string, token: string): string {
  return `${TRACK_PAGE}?ref=${encodeURIComponent(ref)}&t=${encodeURIComponent(token)}`
}
