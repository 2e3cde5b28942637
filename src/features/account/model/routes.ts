/** The privacy notice page (subpackage account). */
export const PRIVACY_PAGE = '/packages/account/pages/privacy/index'

/** Other features' pages that 我的 links to (routes only: features do not import each other's code). */
export const MY_FAVOURITES_PAGE = '/packages/guide/pages/favourites/index'
