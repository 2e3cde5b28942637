/** What happened when the resident asked to 在线办理. */
export interface OpenOnlineResult {
  /** Told to the resident next to the button. */
  message: string
  opened: boolean
}

/**
 * 在线办理: H5 opens the item's online entry (江苏政务服务网) in a new tab; in the mini-program an outside web page
 * cannot be opened, so the link is copied and the resident is told to paste it into a browser. Platform files
 * beside this one.
 */
export declare function openOnline(url: string): Promise<OpenOnlineResult>
