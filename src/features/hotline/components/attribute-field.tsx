import { GovChoiceList } from '../../../components/gov-choice-list'
import { GovDateTime } from '../../../components/gov-date-time'
import { GovField } from '../../../components/gov-field'
import { GovTextarea } from '../../../components/gov-textarea'
import type { CategoryAttribute } from '../model/contract'

/** Props of {@link AttributeField}. */
export interface AttributeFieldProps {
  attribute: CategoryAttribute
  value: string | number | string[] | undefined
  onChange: (value: string | string[]) => void
  error?: string
}

/** One Open311 attribute of the category, drawn from its datatype (string/number/text/datetime/single/multi list). */
export function AttributeField({ attribute, value, onChange, error }: AttributeFieldProps) {
  const id = `hotline-attributes-${attribute.code}`
  const label = `${attribute.description}${attribute.required ? '' : '（选填）'}`
  const hint = attribute.datatypeDescription ?? undefined
  const text = value === undefined ? '' : Array.isArray(value) ? value.join(',') : String(value)
  switch (attribute.datatype) {
    case 'text':
      return (
        <GovTextarea
          id={id}
          label={label}
          hint={hint}
          value={text}
          onChange={onChange}
          limit={1000}
          rows={3}
          error={error}
        />
      )
    case 'datetime':
      return <GovDateTime id={id} label={label} hint={hint} value={text} onChange={onChange} error={error} />
    case 'singlevaluelist':
    case 'multivaluelist': {
      const multiple = attribute.datatype === 'multivaluelist'
      return (
        <GovChoiceList
          id={id}
          legend={label}
          hint={hint ?? (multiple ? '可多选' : undefined)}
          multiple={multiple}
          choices={(attribute.values ?? []).map((v) => ({ value: v.key, label: v.name }))}
          value={Array.isArray(value) ? value : text ? [text] : []}
          onChange={(next) => onChange(multiple ? next : (next[0] ?? ''))}
          error={error}
        />
      )
    }
    case 'number':
      return (
        <GovField
          id={id}
          label={label}
          hint={hint}
          type="text"
          inputMode="numeric"
          value={text}
          onChange={onChange}
          error={error}
        />
      )
    default:
      return (
        <GovField id={id} label={label} hint={hint} value={text} onChange={onChange} error={error} maxLength={200} />
      )
  }
}
