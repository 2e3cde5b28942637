import type { GovSkipLinkProps } from './gov-skip-link'

/** H5: first focusable element; moves focus to `<main>` without touching the router's URL. */
export function GovSkipLink({ targetId }: GovSkipLinkProps) {
  return (
    <a
      className="gov-skip-link"
      href={`#${targetId}`}
      onClick={(event) => {
        event.preventDefault()
        document.getElementById(targetId)?.focus()
      }}
    >
      跳到主要内容
    </a>
  )
}
