import { Switch } from '@nutui/nutui-react-taro'
import type { GovSwitchProps } from './gov-switch'

/**
 * weapp: NutUI Switch in the theme colour. `loading={false}` because NutUI shows a spinner from the tap until the
 * controlled value changes one render later, and with @tarojs/react's update order it never clears, swallowing
 * every later tap (found by test/weapp/me-page.test.ts). Our onChange is synchronous, so no spinner is needed.
 */
export function GovSwitch({ checked, onChange, label }: GovSwitchProps) {
  return (
    <Switch
      className="gov-switch-nut"
      checked={checked}
      loading={false}
      ariaLabel={label}
      onChange={(value) => onChange(value)}
    />
  )
}
