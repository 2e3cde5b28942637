import { View } from '@tarojs/components'
import type { GovPressableProps } from './gov-pressable'
import './gov-list.scss'

/** weapp: a view with press feedback; `aria-*` still reach WeChat's screen reader. */
export function GovPressable({ children, onClick, className, ariaLabel, pressed, disabled }: GovPressableProps) {
  return (
    <View
      className={`gov-pressable${className ? ` ${className}` : ''}${pressed ? ' gov-pressable--on' : ''}`}
      hoverClass={disabled ? 'none' : 'gov-pressable--pressed'}
      ariaRole="button"
      ariaLabel={ariaLabel}
      onClick={disabled ? undefined : onClick}
    >
      {children}
    </View>
  )
}
