import { Input, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { GovSearchBarProps } from './gov-search-bar'
import './gov-list.scss'

/** weapp: Taro Input with the keyboard's 搜索 key; `focus` raises the keyboard when asked. */
export function GovSearchBar({
  id,
  label,
  value,
  onChange,
  onSubmit,
  placeholder,
  focusSignal,
  maxLength = 200,
}: GovSearchBarProps) {
  const [focus, setFocus] = useState(false)
  useEffect(() => {
    if (focusSignal) setFocus(true)
  }, [focusSignal])
  return (
    <View className="gov-search-bar">
      <View className="gov-search-bar__icon">⌕</View>
      <Input
        id={id}
        className="gov-search-bar__input"
        ariaLabel={label}
        type="text"
        confirmType="search"
        maxlength={maxLength}
        placeholder={placeholder}
        value={value}
        focus={focus}
        onBlur={() => setFocus(false)}
        onInput={(event) => onChange(event.detail.value)}
        onConfirm={(event) => onSubmit?.(event.detail.value)}
      />
      {value ? (
        <View className="gov-search-bar__clear" ariaRole="button" ariaLabel="清除搜索内容" onClick={() => onChange('')}>
          ×
        </View>
      ) : null}
    </View>
  )
}
