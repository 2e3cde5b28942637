/** The 消息 page (subpackage `packages/inbox`). */
export const INBOX_PAGE = '/packages/inbox/pages/list/index'
