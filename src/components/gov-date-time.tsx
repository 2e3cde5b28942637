/** Props of {@link GovDateTime}. */
export interface GovDateTimeProps {
  id: string
  label: string
  /** `YYYY-MM-DDTHH:mm` or empty. */
  value: string
  onChange: (value: string) => void
  /** Latest allowed, same format (e.g. now). */
  max?: string
  hint?: string
  error?: string
}

/**
 * A date and time. H5: `<input type="datetime-local">`; weapp: a date Picker and a time Picker. Platform files.
 */
export declare function GovDateTime(props: GovDateTimeProps): JSX.Element
