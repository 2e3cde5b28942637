import { Picker, View } from '@tarojs/components'
import type { GovSelectProps } from './gov-select'
import './gov-forms.scss'

/** weapp: a selector Picker drawn as a field. */
export function GovSelect({ id, label, value, options, onChange, placeholder, hint, error, disabled }: GovSelectProps) {
  const index = options.findIndex((o) => o.value === value)
  return (
    <View className={`gov-field${error ? ' gov-field--invalid' : ''}`} id={id}>
      <View className="gov-field__label">{label}</View>
      {hint ? <View className="gov-field__hint">{hint}</View> : null}
      <Picker
        mode="selector"
        range={options.map((o) => o.label)}
        value={Math.max(0, index)}
        disabled={disabled}
        onChange={(event) => {
          const chosen = options[Number(event.detail.value)]
          if (chosen) onChange(chosen.value)
        }}
      >
        <View className="gov-field__input gov-select">{index >= 0 ? options[index].label : placeholder}</View>
      </Picker>
      {error ? <View className="gov-field__error">{error}</View> : null}
    </View>
  )
}
