import { Image, Text, View } from '@tarojs/components'
import type { GovThumbnailsProps } from './gov-thumbnails'
import './gov-forms.scss'

/** weapp: `<image>` thumbnails; a placeholder while loading or after a failure. */
export function GovThumbnails({ label, items }: GovThumbnailsProps) {
  return (
    <View className="gov-photos__list" ariaLabel={label}>
      {items.map((item) => (
        <View className="gov-photos__item" key={item.key}>
          {item.src ? (
            <Image className="gov-photos__img" src={item.src} mode="aspectFill" ariaLabel={item.alt} />
          ) : (
            <Text className="gov-photos__img">{item.failed ? `${item.alt}加载失败` : `${item.alt}加载中`}</Text>
          )}
        </View>
      ))}
    </View>
  )
}
