import { View } from '@tarojs/components'
import type { GovTileProps } from './gov-tile'

/** weapp: a view with press feedback. */
export function GovTile({ title, description, glyph, onClick }: GovTileProps) {
  return (
    <View className="gov-tile" hoverClass="gov-tile--pressed" onClick={onClick}>
      <View className="gov-tile__glyph">{glyph}</View>
      <View className="gov-tile__title">{title}</View>
      <View className="gov-tile__description">{description}</View>
    </View>
  )
}
