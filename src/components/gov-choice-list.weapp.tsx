import { View } from '@tarojs/components'
import type { GovChoiceListProps } from './gov-choice-list'
import './gov-forms.scss'

/** weapp: tappable rows with a round (single) or square (multiple) mark. */
export function GovChoiceList({ id, legend, choices, value, onChange, multiple, hint, error }: GovChoiceListProps) {
  return (
    <View className={`gov-field gov-choices${error ? ' gov-field--invalid' : ''}`} id={id}>
      <View className="gov-field__label">{legend}</View>
      {hint ? <View className="gov-field__hint">{hint}</View> : null}
      {choices.map((c) => {
        const checked = value.includes(c.value)
        return (
          <View
            key={c.value}
            className={`gov-choice${checked ? ' gov-choice--checked' : ''}`}
            hoverClass="gov-cell--pressed"
            onClick={() => {
              if (!multiple) onChange([c.value])
              else onChange(checked ? value.filter((v) => v !== c.value) : [...value, c.value])
            }}
          >
            <View className={`gov-choice__mark${multiple ? ' gov-choice__mark--square' : ''}`}>
              {checked ? '✓' : ''}
            </View>
            <View className="gov-choice__label">
              <View className="gov-choice__title">{c.label}</View>
              {c.hint ? <View className="gov-choice__hint">{c.hint}</View> : null}
            </View>
          </View>
        )
      })}
      {error ? <View className="gov-field__error">{error}</View> : null}
    </View>
  )
}
