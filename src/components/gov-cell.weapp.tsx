import { View } from '@tarojs/components'
import type { GovCellProps } from './gov-cell'

/** weapp: a tappable view with press feedback. */
export function GovCell({ title, extra, description, onClick, danger }: GovCellProps) {
  const className = `gov-cell${onClick ? ' gov-cell--link' : ''}${danger ? ' gov-cell--danger' : ''}`
  return (
    <View className={className} hoverClass={onClick ? 'gov-cell--pressed' : 'none'} onClick={onClick}>
      <View className="gov-cell__main">
        <View className="gov-cell__title">{title}</View>
        {description ? <View className="gov-cell__description">{description}</View> : null}
      </View>
      {extra !== undefined ? <View className="gov-cell__extra">{extra}</View> : null}
      {onClick ? <View className="gov-cell__arrow">›</View> : null}
    </View>
  )
}
