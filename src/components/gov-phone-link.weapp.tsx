import Taro from '@tarojs/taro'
import { GovButton } from './gov-button'
import type { GovPhoneLinkProps } from './gov-phone-link'

/** weapp: asks WeChat to dial (the resident confirms in a system sheet). */
export function GovPhoneLink({ phone, children, variant = 'primary', block }: GovPhoneLinkProps) {
  return (
    <GovButton variant={variant} block={block} onClick={() => void Taro.makePhoneCall({ phoneNumber: phone })}>
      {children}
    </GovButton>
  )
}
