import type { GovSkipLinkProps } from './gov-skip-link'

/** weapp: no keyboard navigation, so no skip link. */
export function GovSkipLink(_props: GovSkipLinkProps) {
  return null
}
