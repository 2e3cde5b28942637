/** Props of {@link GovPhoneLink}. */
export interface GovPhoneLinkProps {
  /** Digits to dial, e.g. "12345". */
  phone: string
  /** Visible text, e.g. "拨打 12345 热线". */
  children: string
  variant?: 'primary' | 'secondary'
  block?: boolean
}

/** Tap-to-call. H5: a `tel:` link; weapp: `Taro.makePhoneCall`. Platform files beside this one. */
export declare function GovPhoneLink(props: GovPhoneLinkProps): JSX.Element
