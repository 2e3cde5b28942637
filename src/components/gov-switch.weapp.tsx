import { Switch } from '@nutui/nutui-react-taro'
import type { GovSwitchProps } from './gov-switch'

/** weapp: NutUI Switch in the theme colour. */
export function GovSwitch({ checked, onChange, label }: GovSwitchProps) {
  return (
    <Switch className="gov-switch-nut" checked={checked} aria-label={label} onChange={(value) => onChange(value)} />
  )
}
