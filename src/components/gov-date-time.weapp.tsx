import { Picker, View } from '@tarojs/components'
import type { GovDateTimeProps } from './gov-date-time'
import './gov-forms.scss'

/** weapp: date and time pickers side by side. */
export function GovDateTime({ id, label, value, onChange, max, hint, error }: GovDateTimeProps) {
  const [date = '', time = ''] = value ? value.split('T') : []
  const maxDate = max?.split('T')[0]
  return (
    <View className={`gov-field${error ? ' gov-field--invalid' : ''}`} id={id}>
      <View className="gov-field__label">{label}</View>
      {hint ? <View className="gov-field__hint">{hint}</View> : null}
      <View className="gov-date-time">
        <Picker
          mode="date"
          value={date}
          end={maxDate}
          onChange={(e) => onChange(`${e.detail.value}T${time || '09:00'}`)}
        >
          <View className="gov-field__input">{date || '选择日期'}</View>
        </Picker>
        <Picker mode="time" value={time} onChange={(e) => onChange(`${date || maxDate || ''}T${e.detail.value}`)}>
          <View className="gov-field__input">{time || '选择时间'}</View>
        </Picker>
      </View>
      {error ? <View className="gov-field__error">{error}</View> : null}
    </View>
  )
}
