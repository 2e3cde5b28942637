/** The 办事记录 page (subpackage `packages/timeline`). */
export const TIMELINE_PAGE = '/packages/timeline/pages/list/index'
/** The 办事 tab, where the empty timeline sends the resident. */
export const SERVICES_TAB = '/pages/services/index'
