/** What to ask before an action that cannot be undone. */
export interface ConfirmOptions {
  title: string
  content: string
  confirmText: string
}

/**
 * Asks the resident to confirm. Platform files: weapp uses WeChat's modal; H5 uses the browser's own dialog,
 * because Taro's H5 modal is built of divs that keyboard and screen-reader users cannot operate.
 */
export declare function confirmAction(options: ConfirmOptions): Promise<boolean>
