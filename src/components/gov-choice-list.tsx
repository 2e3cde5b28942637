/** One choice of a {@link GovChoiceList}. */
export interface GovChoice {
  value: string
  label: string
  /** One line under the label. */
  hint?: string
}

/** Props of {@link GovChoiceList}. */
export interface GovChoiceListProps {
  id: string
  /** The question (a `<legend>` on H5). */
  legend: string
  choices: GovChoice[]
  /** Chosen values: one for `single`, any number for `multiple`. */
  value: string[]
  onChange: (value: string[]) => void
  multiple?: boolean
  hint?: string
  error?: string
}

/**
 * Radios (or checkboxes) with a legend and the error next to them. H5: a fieldset of native inputs; weapp: tappable
 * rows. Platform files.
 */
export declare function GovChoiceList(props: GovChoiceListProps): JSX.Element
