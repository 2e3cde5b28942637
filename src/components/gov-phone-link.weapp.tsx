import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { GovButton } from './gov-button'
import type { GovPhoneLinkProps } from './gov-phone-link'
import { splitPhone } from './gov-phone-link-numbers'

/** weapp: asks WeChat to dial the number only (the resident confirms in a system sheet); the words beside it. */
export function GovPhoneLink({ phone, children, variant = 'primary', block }: GovPhoneLinkProps) {
  const { dials, note } = splitPhone(phone, children)
  return (
    <>
      {dials.map((dial) => (
        <GovButton
          key={dial.number}
          variant={variant}
          block={block}
          onClick={() => void Taro.makePhoneCall({ phoneNumber: dial.number })}
        >
          {dial.text}
        </GovButton>
      ))}
      {note ? <Text className="gov-phone__note">{note}</Text> : null}
    </>
  )
}
