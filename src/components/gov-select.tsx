/** One option of a {@link GovSelect}. */
export interface GovSelectOption {
  value: string
  label: string
}

/** Props of {@link GovSelect}. */
export interface GovSelectProps {
  id: string
  label: string
  value: string
  options: GovSelectOption[]
  onChange: (value: string) => void
  /** Text while nothing is chosen, e.g. 请选择区县. */
  placeholder: string
  hint?: string
  error?: string
  disabled?: boolean
}

/** Choose one from a list. H5: a native `<select>`; weapp: `Picker` (WeChat has no select). Platform files. */
export declare function GovSelect(props: GovSelectProps): JSX.Element
