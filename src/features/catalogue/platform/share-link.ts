import type { ShareTarget } from '../../../lib/platform/share'

/**
 * H5 分享: the system share sheet (Web Share API) where there is one, otherwise the link is copied. Returns what to
 * tell the resident. weapp never calls it: the 分享 button opens WeChat's share sheet with the page's card
 * (`useShareCard` in lib/platform/share), so the weapp file only returns a hint. Platform files beside this one.
 */
export declare function shareLink(target: ShareTarget): Promise<string>
