import type { ConfirmOptions } from './confirm'

/** H5: the browser's confirm dialog (focus-trapped, keyboard-operable, announced by screen readers). */
export async function confirmAction({ title, content }: ConfirmOptions): Promise<boolean> {
  return window.confirm(`${title}\n\n${content}`)
}
