import type { ReactNode } from 'react'

/** Props of {@link GovCheckbox}. */
export interface GovCheckboxProps {
  id: string
  checked: boolean
  onChange: (checked: boolean) => void
  children: ReactNode
  /** Error shown under the box (e.g. 请先阅读并同意隐私政策). */
  error?: string
}

/** A consent checkbox with its label and field error. H5: native input; weapp: NutUI Checkbox. */
export declare function GovCheckbox(props: GovCheckboxProps): JSX.Element
