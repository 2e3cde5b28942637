/** The privacy notice page (subpackage account). */
export const PRIVACY_PAGE = '/packages/account/pages/privacy/index'
