import type { GovPhoneLinkProps } from './gov-phone-link'
import { splitPhone } from './gov-phone-link-numbers'

/** H5: a `tel:` link styled as a button per number; the words around the numbers follow as text (siblings, so the
 * caller's layout places them). */
export function GovPhoneLink({ phone, children, variant = 'primary', block }: GovPhoneLinkProps) {
  const { dials, note } = splitPhone(phone, children)
  return (
    <>
      {dials.map((dial) => (
        <a
          key={dial.number}
          className={`gov-button gov-button--${variant}${block ? ' gov-button--block' : ''}`}
          href={`tel:${dial.number}`}
        >
          {dial.text}
        </a>
      ))}
      {note ? <p className="gov-phone__note">{note}</p> : null}
    </>
  )
}
