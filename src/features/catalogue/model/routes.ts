/** The 办事 tab. */
export const SERVICES_PAGE = '/pages/services/index'
/** 我的收藏 */
export const FAVOURITES_PAGE = '/packages/guide/pages/favourites/index'

/** The guide of one item; also its share link on both platforms. */
export function guideUrl(implCode: string): string {
  return `/packages/guide/pages/item/index?code=${encodeURIComponent(implCode)}`
}

/** One 一件事 theme. */
export function themeUrl(code: string): string {
  return `/packages/guide/pages/theme/index?code=${encodeURIComponent(code)}`
}

/** The 12345 咨询 form, with what the resident searched for already written in. */
export function hotlineConsultUrl(query: string): string {
  return `/packages/hotline/pages/submit/index?type=${encodeURIComponent('咨询')}&q=${encodeURIComponent(query.trim())}`
}
