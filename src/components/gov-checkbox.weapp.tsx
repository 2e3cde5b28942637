import { Checkbox } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import type { GovCheckboxProps } from './gov-checkbox'

/** weapp: NutUI Checkbox; the label text stays tappable for links inside it. */
export function GovCheckbox({ checked, onChange, children, error }: GovCheckboxProps) {
  return (
    <View className={`gov-checkbox${error ? ' gov-checkbox--invalid' : ''}`}>
      <Checkbox className="gov-checkbox__input" checked={checked} onChange={(value) => onChange(value)} />
      <View className="gov-checkbox__label" onClick={() => onChange(!checked)}>
        {children}
      </View>
      {error ? <View className="gov-field__error">{error}</View> : null}
    </View>
  )
}
