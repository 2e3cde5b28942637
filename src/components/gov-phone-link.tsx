/** Props of {@link GovPhoneLink}. */
export interface GovPhoneLinkProps {
  /**
   * The number as the source gives it: "12345", "0514-87654321", or with words around it such as
   * "0514-12345（转市不动产登记中心）" or "0514-87654321 / 12345". Only the numbers are dialled (one button each);
   * the words are shown beside the buttons.
   */
  phone: string
  /** Visible text, e.g. "拨打 12345 热线" or "咨询电话" (the number is added when the text does not show it). */
  children: string
  variant?: 'primary' | 'secondary'
  block?: boolean
}

/** Tap-to-call. H5: a `tel:` link; weapp: `Taro.makePhoneCall`. Platform files beside this one. */
export declare function GovPhoneLink(props: GovPhoneLinkProps): JSX.Element
