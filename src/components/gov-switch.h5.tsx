import type { GovSwitchProps } from './gov-switch'

/** H5: a keyboard-operable switch with `aria-checked`. */
export function GovSwitch({ checked, onChange, label }: GovSwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      aria-label={label}
      className={`gov-switch${checked ? ' gov-switch--on' : ''}`}
      onClick={() => onChange(!checked)}
    >
      <span className="gov-switch__knob" aria-hidden="true" />
    </button>
  )
}
