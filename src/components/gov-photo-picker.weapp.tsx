import { Image, View } from '@tarojs/components'
import { GovButton } from './gov-button'
import type { GovPhotoPickerProps } from './gov-photo-picker'
import './gov-forms.scss'

/** weapp: thumbnails and a button opening WeChat's camera/album picker. */
export function GovPhotoPicker({ id, label, photos, max, onPick, onRemove, busy, hint, error }: GovPhotoPickerProps) {
  return (
    <View className={`gov-field gov-photos${error ? ' gov-field--invalid' : ''}`} id={id}>
      <View className="gov-field__label">
        {label}（{photos.length}/{max}）
      </View>
      {hint ? <View className="gov-field__hint">{hint}</View> : null}
      <View className="gov-photos__list">
        {photos.map((p, i) => (
          <View className="gov-photos__item" key={p.id}>
            <Image className="gov-photos__img" src={p.preview} mode="aspectFill" />
            {p.pending ? <View className="gov-photos__pending">待上传</View> : null}
            <View className="gov-photos__remove" onClick={() => onRemove(p.id)}>
              删除照片 {i + 1}
            </View>
          </View>
        ))}
      </View>
      <GovButton variant="secondary" loading={busy} onClick={() => onPick()}>
        添加照片
      </GovButton>
      {error ? <View className="gov-field__error">{error}</View> : null}
    </View>
  )
}
