import type { GovPhoneLinkProps } from './gov-phone-link'

/** H5: a `tel:` link styled as a button. */
export function GovPhoneLink({ phone, children, variant = 'primary', block }: GovPhoneLinkProps) {
  return (
    <a className={`gov-button gov-button--${variant}${block ? ' gov-button--block' : ''}`} href={`tel:${phone}`}>
      {children}
    </a>
  )
}
