/** Props of {@link GovSwitch}. */
export interface GovSwitchProps {
  checked: boolean
  onChange: (checked: boolean) => void
  /** Accessible name, e.g. "长辈版". */
  label: string
}

/** On/off switch. H5: `<button role="switch">`; weapp: NutUI Switch. Platform files beside this one. */
export declare function GovSwitch(props: GovSwitchProps): JSX.Element
